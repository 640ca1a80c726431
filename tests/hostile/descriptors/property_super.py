# category: descriptors
# must: property/classmethod/staticmethod/super with odd arguments raise guest errors and expose only guest objects
# oracle: cpython
cases = ["property(5).__get__(1)", "property(fget=len).fget is len", "property().getter(len).fget is len",
         "property(len).__set__('x', 1)", "property(len, print).__set__('x', 1)", "property(len).__delete__(1)",
         "classmethod(5).__get__(None, int)()", "classmethod(len).__func__ is len", "staticmethod(5).__get__(1)",
         "staticmethod(5)()", "staticmethod(len)('ab')", "super(int, 5).__self__", "super(int, 5).__self_class__",
         "super(int, 5).__thisclass__", "super(int, 'x')", "super(5, 5)", "super(int)", "super(int).__get__(5).__self__",
         "super(int).__get__('x')", "super(bool, True).__repr__()", "super(int, True).__class__",
         "super(type, int).__getattribute__('__name__')", "super(object, object).__subclasses__ is not None",
         "super()", "super(int, int).__name__", "super(int, bool).mro()", "type(super(int, 5).__add__).__name__",
         "super(int, 5).__add__(1)", "property.__get__(property(len), 'abc')", "property.fget.__get__(property(len))",
         "property.__dict__['fget'].__set__(property(len), print)", "classmethod.__dict__['__func__'].__get__(classmethod(len)) is len",
         "staticmethod(classmethod(len)).__get__(None, int).__func__ is len",
         "classmethod(staticmethod(len)).__get__(None, str)('abc')", "classmethod(property(len)).__get__('abc', str)"]
for src in cases:
    try:
        r = eval(src)
        print("ok", src, repr(r) if not callable(r) else type(r).__name__)
    except Exception as e:
        print(src, type(e).__name__, e)
