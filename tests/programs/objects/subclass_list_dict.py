# Subclasses of list and dict: overridden methods, which builtin operations bypass overrides, __missing__.
class LoggingList(list):
    def append(self, item):
        print("append", item)
        super().append(item)

    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)

    def __len__(self):
        return super().__len__() * 100


ll = LoggingList([1, 2])
ll.append(3)
ll.extend([4])
print(ll, ll[0], len(ll), list(ll), type(ll + [5]).__name__, type(ll[0:1]).__name__, type(ll * 2).__name__)
print(repr(ll), isinstance(ll, list), type(ll).__name__, ll == [1, 2, 3, 4], sorted(ll, reverse=True))
ll.custom = "instances have __dict__"
print(ll.custom)


class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        print("missing", key)
        value = self[key] = self.factory()
        return value


dd = DefaultDict(list, a=[1])
dd["b"].append(2)
dd["a"].append(3)
print(dd, dd.get("c"), "c" in dd, dict(dd))


class UpperDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


ud = UpperDict()
ud["a"] = 1
print(ud, ud["a"], ud.get("a"), ud.get("A"))
ud2 = UpperDict(b=2)
ud2.update(c=3)
print(ud2)


class CountingDict(dict):
    def keys(self):
        print("custom keys()")
        return super().keys()


print(dict(**CountingDict(x=1)), {**CountingDict(y=2)})


class Stack(list):
    push = list.append

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s, Stack.__mro__[1].__name__)


class MissingReturnsDefault(dict):
    def __missing__(self, key):
        return f"<{key}>"


m = MissingReturnsDefault(x=1)
print(m["x"], m["y"], m.get("y", "get does not use __missing__"), "y" in m, "{x} {z}".format_map(m))
