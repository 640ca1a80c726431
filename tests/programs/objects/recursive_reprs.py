# Recursive containers: reprs with [...] and {...}, self-referencing dicts/lists/sets-in-objects, equality.
lst = [1, 2]
lst.append(lst)
print(lst, repr(lst), str(lst), len(lst), lst[2] is lst)
d = {"a": 1}
d["self"] = d
print(d)
nested = [d, lst]
print(nested)
t = (lst, d)
print(t)
a = []
b = [a]
a.append(b)
print(a, b)
dd = {}
dd[1] = [dd]
print(dd)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


root = Node("root")
root.children.append(root)
try:
    print(repr(root))
except RecursionError:
    print("user-defined __repr__ recursion raises RecursionError")
od = {"k": []}
od["k"].append(od["k"])
print(od)
print(repr(lst) == "[1, 2, [...]]", repr(d) == "{'a': 1, 'self': {...}}")
from_keys = {}
from_keys["v"] = from_keys.values()
print(type(from_keys["v"]).__name__)
lst2 = [1, 2]
lst2.append(lst2)
try:
    lst == lst2
except RecursionError:
    print("comparing distinct recursive lists raises RecursionError")
print(lst == lst, lst in [lst])
s = {"inner": set()}
print(s)
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(deep).count("["))
ba = [bytearray(b"x")]
ba.append(ba)
print(ba, f"{lst}", "%s" % (d,), "{}".format(lst))
