# category: subclass-walk
# must: __subclasses__ of built-in types and the exception tree hold only guest classes
# oracle: cpython
print("bool in int", bool in int.__subclasses__())
print("bool none", bool.__subclasses__())
tree = []
todo = [BaseException]
while todo:
    c = todo.pop()
    tree.append(c)
    todo.extend(c.__subclasses__())
print("exc tree big", len(tree) > 50)
print("exc all types", all([issubclass(c, BaseException) for c in tree]))
for name in ['ValueError', 'OSError', 'KeyError', 'StopIteration', 'SystemExit', 'KeyboardInterrupt', 'UnicodeDecodeError']:
    print(name, any([c.__name__ == name for c in tree]))
print("OSError aliases", IOError is OSError, EnvironmentError is OSError)
print("str subs types", all([isinstance(c, type) for c in str.__subclasses__()]))
print("dict subs types", all([issubclass(c, dict) for c in dict.__subclasses__()]))
print("tuple subs types", all([issubclass(c, tuple) for c in tuple.__subclasses__()]))
class MyInt(int):
    pass
print("MyInt registered", MyInt in int.__subclasses__())
del MyInt
import gc; gc.collect()
print("MyInt gone", 'MyInt' not in [c.__name__ for c in int.__subclasses__()])
for t in (type(None), type(...), type(NotImplemented), range, slice, memoryview):
    print(t.__name__, t.__subclasses__() == [])
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
