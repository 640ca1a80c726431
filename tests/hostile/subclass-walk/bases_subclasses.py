# category: subclass-walk
# must: ().__class__.__bases__[0].__subclasses__() yields only guest type objects
# oracle: cpython
root = ().__class__.__bases__[0]
print("root is object", root is object)
subs = root.__subclasses__()
print("list", type(subs) is list, len(subs) > 20)
print("all types", all(isinstance(c, type) for c in subs))
print("all have object in mro", all(object in c.__mro__ for c in subs))
print("all names str", all(type(c.__name__) is str for c in subs))
print("same as object", set(subs) <= set(object.__subclasses__()))
print("fresh list", subs is not object.__subclasses__())
subs.clear()
print("clearing copy harmless", len(object.__subclasses__()) > 20)
for expr in ["''.__class__.__mro__[1].__subclasses__()",
             "[].__class__.__base__.__subclasses__()",
             "{}.__class__.__bases__[0].__subclasses__()",
             "(1).__class__.__mro__[-1].__subclasses__()",
             "type(None).__base__.__subclasses__()",
             "''.__class__.__bases__[0].__bases__[0]",
             "().__class__.__base__.__base__.__subclasses__()"]:
    try:
        r = eval(expr)
        print("ok", expr, type(r).__name__, set(r) <= set(object.__subclasses__()))
    except Exception as e:
        print(expr, type(e).__name__, e)
print("tuple in subs", tuple in object.__subclasses__())
print("int subs has bool", bool in int.__subclasses__())
print("bool subs empty", bool.__subclasses__() == [])
