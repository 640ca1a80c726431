# category: subclass-walk
# must: type.__subclasses__ called unbound with odd arguments raises TypeError, never leaks
# oracle: cpython
subs_t = type.__subclasses__(type)
print("type subs list", type(subs_t) is list)
print("all metaclasses", all(issubclass(c, type) for c in subs_t))
print("object via type", type.__subclasses__(object) == object.__subclasses__())
for arg in [1, "x", None, [], object(), type.__subclasses__, ()]:
    try:
        type.__subclasses__(arg)
        print("no error", type(arg).__name__)
    except TypeError as e:
        print("TypeError", type(arg).__name__)
try:
    type.__subclasses__()
except TypeError as e:
    print("TypeError no args")
try:
    type.__subclasses__(int, int)
except TypeError as e:
    print("TypeError two args")
try:
    object.__subclasses__(1)
except TypeError as e:
    print("TypeError object.__subclasses__(1)")
d = type.__dict__['__subclasses__']
print(type(d).__name__)
try:
    d.__get__(5)
except TypeError as e:
    print("TypeError __get__ on int", e)
print("bound via get", d.__get__(int)() == int.__subclasses__())
class M(type):
    pass
class A(metaclass=M):
    pass
print("M in type subs", M in type.__subclasses__(type))
print("A in object subs", A in object.__subclasses__())
print("A via M", M.__subclasses__(A) == [])
