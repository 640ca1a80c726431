# __contains__, __iter__ and __getitem__ fallbacks for `in`, iteration, unpacking; __reversed__, __len__.
class OnlyGetitem:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


g = OnlyGetitem()
print(list(g))
print(20 in g)
print(99 in g)
a, b, c = OnlyGetitem()
print(a, b, c)


class OnlyIter:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])


print(2 in OnlyIter(), 9 in OnlyIter())


class WithContains:
    def __contains__(self, item):
        print("contains", item)
        return item == "magic"

    def __iter__(self):
        raise AssertionError("should not iterate")


print("magic" in WithContains(), "other" not in WithContains())


class ContainsReturnsList:
    def __contains__(self, item):
        return [1]


print(5 in ContainsReturnsList())


class NotContainer:
    pass


try:
    1 in NotContainer()
except TypeError as e:
    print(type(e).__name__, e)


class IterNone:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return "abc"[i]


print(list(reversed(Seq())), sorted(Seq(), reverse=True))


class HasReversed:
    def __reversed__(self):
        return iter("custom reversed")


print("".join(reversed(HasReversed())))
try:
    reversed(NotContainer())
except TypeError as e:
    print(type(e).__name__, e)


class KeyErrorStop:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErrorStop())
except KeyError as e:
    print("KeyError ends nothing:", repr(e))
