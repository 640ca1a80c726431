# match: literal patterns, value patterns (dotted names), None/True/False singletons, wildcard.
class Color:
    RED = "red"
    GREEN = "green"


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "the color red"
        case Color.GREEN:
            return "the color green"
        case _:
            return "other: " + repr(x)


for value in [0, 1, 3, -1, 1.5, 2j, "hello", b"raw", None, True, False, "red", "green", 99, 0.0, 1.0]:
    print(repr(value), "->", describe(value))


def no_match(x):
    match x:
        case 1:
            print("one")
    print("after match", x)


no_match(1)
no_match(2)
match "a" "b":
    case "ab":
        print("concatenated literal")
