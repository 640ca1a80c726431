# type() with one and three arguments, object(), isinstance/issubclass basics, super/property/classmethod builtins.
print(type(1), type("s"), type(None), type(type), type(object), type(int), type(len), type([].append))
Dyn = type("Dyn", (), {"x": 1, "hello": lambda self: f"hello from {type(self).__name__}"})
d = Dyn()
print(Dyn, Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn.__bases__, d.x, d.hello())
Child = type("Child", (Dyn,), {"x": 2, "__doc__": "child doc"})
print(Child().x, Child.__doc__, Child.__mro__, issubclass(Child, Dyn), isinstance(Child(), Dyn))
for bad in [lambda: type("A", 1, {}), lambda: type("A", (), 1), lambda: type(1, (), {}), lambda: type("A", (1,), {}),
            lambda: type("a", "b"), lambda: type()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
o = object()
print(type(o).__name__, o == o, o != object(), str(o).startswith("<object object at"), object.__bases__, object().__class__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int), isinstance(1, (str, int)), isinstance("s", object), issubclass(int, object))
print(isinstance(type, type), isinstance(object, type), issubclass(type, object), issubclass(object, type))
print(type.__name__, type.__mro__, type(type.__dict__).__name__, type.__base__)
Meta = type("Meta", (type,), {"tag": "meta"})
WithMeta = Meta("WithMeta", (), {})
print(type(WithMeta).__name__, WithMeta.tag, isinstance(WithMeta, Meta), type(Meta).__name__)
print(Dyn.__dict__["x"], "hello" in Dyn.__dict__, sorted(k for k in Dyn.__dict__ if not k.startswith("__")))
print(type(d) is Dyn, d.__class__ is Dyn, type(d).__class__ is type)
d.__class__ = Child
print(type(d).__name__, d.x)
try:
    d.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
