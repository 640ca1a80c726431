# category: descriptors
# must: __self__ of built-in functions and bound built-in methods is the guest module or receiver
# oracle: cpython
import builtins, sys
print("print", print.__self__ is builtins)
print("len", len.__self__ is builtins)
print("__import__", __import__.__self__ is builtins)
l = []
print("append", l.append.__self__ is l)
d = {}
print("get", d.get.__self__ is d)
s = 'abc'
print("join", s.join.__self__ is s)
print("int add", (5).__add__.__self__ == 5)
print("fromkeys", dict.fromkeys.__self__ is dict)
print("from_bytes", int.from_bytes.__self__ is int)
print("type call", type.__call__.__self__ if False else 'skip')
print("mro", int.mro.__self__ is int)
print("subclasses", object.__subclasses__.__self__ is object)
print("nested", l.append.__call__.__self__ is l.append)
print("nested2", l.append.__call__.__call__.__self__.__self__ is l.append)
print("__self__ of __self__", type(print.__self__.__dict__).__name__)
for obj, name in [(object.__init__, 'object.__init__'), (str.join, 'str.join'), ((lambda: 0), 'lambda'),
                  (int, 'int'), (5, 'five'), (staticmethod(len), 'staticmethod')]:
    try:
        print(name, type(obj.__self__).__name__)
    except AttributeError as e:
        print(name, "AttributeError")
for target in [print, l.append, (5).__add__]:
    try:
        target.__self__ = 1
    except AttributeError as e:
        print("set __self__ AttributeError")
    try:
        del target.__self__
    except AttributeError as e:
        print("del __self__ AttributeError")
print("sys.exit", sys.exit.__self__ is sys)
