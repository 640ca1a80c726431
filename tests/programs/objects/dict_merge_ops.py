# dict union operators | and |=, precedence of later keys, subclass results, errors with non-mappings.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("w", 0)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    c |= 5
except TypeError as e:
    print(type(e).__name__, e)


class MyDict(dict):
    pass


m = MyDict(a=1)
print(type(m | {"b": 2}).__name__, type({"b": 2} | m).__name__, m | {"b": 2})


class Loud(dict):
    def __or__(self, other):
        return "Loud.__or__"

    def __ror__(self, other):
        return "Loud.__ror__"


print(Loud() | {}, {} | Loud())
print({**a, **b} == a | b, dict(a, **b) == a | b)
e = {}
e |= a
e |= b
print(e, e is not a)
print({1: "a"} | {1.0: "b"}, {True: "t"} | {1: "one"})
nested = {"cfg": {"debug": False}} | {"cfg": {"verbose": True}}
print(nested)
x = {"k": [1]}
y = x | {}
y["k"].append(2)
print(x, y, x == y, x is y)
print(sorted((a | b).items()), len(a | b | {"q": 0}))
