# category: resource-bombs
# must: long inheritance chains, wide bases, deep super() chains and metaclass recursion work or end in RecursionError/TypeError, never a crash
# oracle: cpython
def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except (RecursionError, TypeError, MemoryError) as e:
        print(label, type(e).__name__)

cls = object
for i in range(600):
    cls = type("C%d" % i, (cls,), {"v": i})
attempt("mro length", lambda: len(cls.__mro__))
attempt("attribute from root", lambda: cls.__init__ is object.__init__)
attempt("isinstance deep", lambda: isinstance(cls(), object))
attempt("issubclass deep", lambda: issubclass(cls, cls.__mro__[-2]))
attempt("v", lambda: cls().v)

class Base:
    def m(self):
        return 0
chain = Base
for i in range(300):
    chain = type("S%d" % i, (chain,), {"m": lambda self, __class__=None: 0})
attempt("300 subclasses m", lambda: chain().m())
bases = [type("B%d" % i, (), {}) for i in range(300)]
attempt("300 bases", lambda: len(type("Wide", tuple(bases), {}).__mro__))
attempt("duplicate base", lambda: type("Dup", (bases[0], bases[0]), {}))

class Meta(type):
    def __call__(cls, *a):
        return cls(*a)
class UsesMeta(metaclass=Meta):
    pass
attempt("metaclass __call__ recursion", lambda: UsesMeta())
class Meta2(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls)
class UsesMeta2(metaclass=Meta2):
    pass
attempt("__instancecheck__ recursion", lambda: isinstance(1, UsesMeta2))
class Meta3(type):
    def mro(cls):
        return [cls] + list(cls.__mro__ or ()) if False else type.mro(cls)
attempt("custom mro ok", lambda: len(Meta3("X", (), {}).__mro__))
subs = object.__subclasses__()
attempt("subclasses still listable", lambda: isinstance(subs, list))
