# match: sequence patterns, star patterns, nested patterns; str/bytes are not sequences for match.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [0, *rest]:
            return f"starts with zero, rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"
        case _:
            return "not a sequence"


for value in [[], [1], (1, 2), [0, 5, 6], [1, 2, 3, 4], "ab", b"ab", {1: 2}, range(3), 7]:
    print(repr(value), "->", shape(value))


def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return ("pairs", a, b, c, d)
        case [[*inner]]:
            return ("inner", inner)
        case (1, 2) | [3, 4]:
            return "either"
    return None


print(nested([(1, 2), [3, 4, 5]]))
print(nested([[7, 8]]))
print(nested((3, 4)))
print(nested([1]))


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10


match Seq():
    case [a, b]:
        print("custom seq not matched as sequence?", a, b)
    case _:
        print("custom class without Sequence registration is not a sequence")
import_free_tuple = tuple("xyz")
match import_free_tuple:
    case ("x", *mid):
        print("mid", mid)
