# category: descriptors
# must: object.__getattribute__/type.__getattribute__/__setattr__/__delattr__ on built-in types obey CPython's checks
# oracle: cpython
cases = ["type(object.__getattribute__(int, '__dict__')).__name__", "type.__getattribute__(int, '__dict__') is int.__dict__",
         "object.__getattribute__(1, '__class__')", "type.__getattribute__(1, '__class__')",
         "type.__getattribute__(int, '__nope__')", "object.__getattribute__(int, 'mro')(int) == [int, object]",
         "object.__getattribute__(int, 5)", "object.__getattribute__(int)", "object.__getattribute__('x', 'upper')()",
         "object.__setattr__(int, 'x', 1)", "object.__setattr__(1, 'x', 1)", "object.__setattr__(1, 'real', 2)",
         "type.__setattr__(1, 'x', 1)", "object.__delattr__(1, 'real')", "object.__delattr__(int, 'real')",
         "type.__delattr__(int, 'real')", "type.__delattr__(str, 'join')", "object.__setattr__([], 'append', 1)",
         "object.__setattr__(object(), '__class__', int)", "type.__getattribute__(type, '__subclasses__')() is not None",
         "object.__getattribute__(print, '__self__').__name__", "object.__getattribute__(len, '__dict__')",
         "object.__getattribute__(int.__dict__, '__class__').__name__", "str.__getattribute__(int, 'x')",
         "int.__getattribute__(5, 'real')", "int.__getattribute__('5', 'real')", "super(int, 5).__getattribute__('real')",
         "object.__getattribute__(super(int, 5), '__self__')", "getattr(int, '__dict__').__class__.__name__",
         "object.__dir__(int) == dir(int)", "type.__dir__(5)", "sorted(object.__dir__(5)) == sorted(dir(5))"]
for src in cases:
    try:
        print("ok", src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
