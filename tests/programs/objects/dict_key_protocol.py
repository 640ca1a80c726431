# How dict/set use __hash__ and __eq__: identity shortcut, equal hashes with unequal keys, hash called once per op.
class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        print("hash", self.name)
        return self.h

    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name.lower() == other.name.lower()

    def __repr__(self):
        return f"Key({self.name})"


a = Key("a", 1)
d = {a: "first"}
print("-- lookup by identity")
print(d[a])
print("-- lookup by equal key")
print(d[Key("A", 1)])
print("-- same hash, different key")
d[Key("b", 1)] = "collides"
print(len(d))
print("-- different hash")
print(Key("a", 2) in d)
print("-- set operations")
s = {Key("x", 5)}
s.add(Key("X", 5))
print(len(s))
print("-- update keeps the original key object")
d[Key("A", 1)] = "replaced"
print(d)


class BadEq:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise RuntimeError("eq failed")


bad = {BadEq(): 1}
try:
    bad[BadEq()]
except RuntimeError as e:
    print(type(e).__name__, e)
b1 = BadEq()
print({b1: "identity wins"}[b1])
print({1: "int"}[1.0], {0.0: "float"}[False], {(1, 2): "tuple"}[(1.0, 2)])
