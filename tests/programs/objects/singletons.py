# None, NotImplemented and Ellipsis: identity, types, reprs, truthiness, behaviour of their types.
print(None, repr(None), type(None).__name__, None is None, None == None, bool(None), str(None))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis, bool(...))
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
for obj in [None, ..., NotImplemented]:
    try:
        obj.attribute = 1
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class SubNone(type(None)):
        pass
except TypeError as e:
    print(type(e).__name__, e)


def returns_nothing():
    pass


print(returns_nothing() is None, [].append(1) is None, print is not None)
print(None.__class__, (...).__class__, hash(None) == hash(None), None.__bool__())
d = {None: "none key", ...: "ellipsis key"}
print(d[None], d[...])
print(sorted([3, 1], key=lambda x: x) == [1, 3], [None] * 2, (None,) * 2)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
print(None != 0, None != False, None != "", not None)


class UsesNotImplemented:
    def __eq__(self, other):
        return NotImplemented


print(UsesNotImplemented() == UsesNotImplemented(), UsesNotImplemented() != 1)
print(f"{None}", f"{...!r}", "%s %r" % (None, ...), format(None, ""))
try:
    format(None, ">5")
except TypeError as e:
    print(type(e).__name__, e)
