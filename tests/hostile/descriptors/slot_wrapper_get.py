# category: descriptors
# must: __get__/__set__/__delete__ of slot wrappers and descriptors with odd arguments raise TypeError like CPython
# oracle: cpython
cases = ["int.__add__.__get__(None, int) is int.__add__", "int.__add__.__get__(5)(3)", "int.__add__.__get__('x')",
         "int.__add__.__get__(None, None)", "int.__add__.__get__()", "int.__add__.__get__(5, str)(1)",
         "str.join.__get__(5)", "str.join.__get__('-')('ab')", "str.join.__get__(None, str) is str.join",
         "object.__init__.__get__(5)()", "type(object.__init__.__get__(None)).__name__", "type.__dict__['__name__'].__get__(5)",
         "type.__dict__['__name__'].__get__(int)", "type.__dict__['__name__'].__get__(None, int) is type.__dict__['__name__']",
         "type.__dict__['__name__'].__set__(int, 'x')", "type.__dict__['__name__'].__set__(5, 'x')",
         "type.__dict__['__name__'].__delete__(int)", "int.__dict__['real'].__get__(7)",
         "int.__dict__['real'].__get__(7.5)", "int.__dict__['real'].__set__(7, 8)",
         "dict.__dict__['fromkeys'].__get__(None, dict)('ab')", "type(dict.__dict__['fromkeys'].__get__(None, int)).__name__",
         "type(dict.__dict__['fromkeys'].__get__(5)).__name__", "type(dict.__dict__['fromkeys'].__get__(None, None)).__name__",
         "list.__dict__['append'].__get__([1], list)(2)", "(lambda s: s).__get__(1)()", "type((lambda s: s).__get__(None, int)).__name__",
         "(lambda: 0).__get__()", "type((lambda: 0).__get__(None, None)).__name__", "property(len).__get__('abc')",
         "property().__get__(1)", "property().__set__(1, 2)", "property(len).__get__(None, str).fget is len",
         "object.__dict__['__class__'].__get__(5)", "object.__dict__['__class__'].__set__(5, bool)",
         "type.__dict__['__dict__'].__get__(int)['__add__'] is int.__add__", "type.__dict__['__dict__'].__get__(5)",
         "type.__dict__['__mro__'].__get__(bool)", "type.__dict__['__bases__'].__set__(int, (object,))"]
for src in cases:
    try:
        print("ok", src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
