# category: descriptors
# must: __class__ assignment on built-in instances is refused and heap-type assignment obeys layout checks
# oracle: cpython
import types, sys
class C:
    pass
class D:
    pass
class L(list):
    pass
class Sl:
    __slots__ = ('a',)
class Sl2:
    __slots__ = ('b',)
cases = [(lambda: setattr(1, '__class__', bool), "int to bool"), (lambda: setattr([], '__class__', L), "list to L"),
         (lambda: setattr(object(), '__class__', C), "object to C"), (lambda: setattr(C(), '__class__', int), "C to int"),
         (lambda: setattr(C(), '__class__', 5), "C to 5"), (lambda: setattr(C(), '__class__', D), "C to D"),
         (lambda: setattr(L(), '__class__', list), "L to list"), (lambda: setattr(L(), '__class__', C), "L to C"),
         (lambda: setattr(Sl(), '__class__', Sl2), "slots mismatch"), (lambda: setattr(Sl(), '__class__', C), "slots to C"),
         (lambda: setattr('s', '__class__', str), "str to str"), (lambda: setattr(None, '__class__', C), "None"),
         (lambda: setattr(C, '__class__', type), "class to type"), (lambda: setattr(int, '__class__', type), "int class"),
         (lambda: delattr(C(), '__class__'), "del __class__"), (lambda: setattr(print, '__class__', C), "builtin fn"),
         (lambda: setattr(lambda: 0, '__class__', C), "function")]
for t, name in cases:
    try:
        t()
        print("allowed", name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, name, e)
class M(types.ModuleType):
    pass
m = types.ModuleType('m')
m.__class__ = M
print("module subclass", type(m) is M)
try:
    sys.modules['sys'].__class__ = M
    print("sys reclassed", type(sys) is M)
    sys.__class__ = types.ModuleType
except TypeError as e:
    print("TypeError sys")
c = C()
c.__class__ = D
print("C to D type", type(c) is D)
