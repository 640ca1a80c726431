# In-place operators: __iadd__ and friends, fallback to binary ops, NotImplemented, immutability.
class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self

    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)

    def __isub__(self, o):
        return NotImplemented

    def __sub__(self, o):
        print("__sub__ fallback")
        return Acc(self.v - o)

    def __imul__(self, o):
        return "imul returned a string"

    def __repr__(self):
        return f"Acc({self.v})"


a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
a *= 3
print(a)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
ops = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]


class All:
    pass


for op in ops:
    name = "__i" + {"+=": "add", "-=": "sub", "*=": "mul", "/=": "truediv", "//=": "floordiv", "%=": "mod",
                    "**=": "pow", "<<=": "lshift", ">>=": "rshift", "&=": "and", "|=": "or", "^=": "xor",
                    "@=": "matmul"}[op] + "__"
    setattr(All, name, (lambda n: lambda self, o: f"{n}({o})")(name))
    obj = All()
    ns = {"obj": obj}
    exec(f"obj {op} 7", ns)
    print(op, ns["obj"])
lst = [1]
lst += (2, 3)
print(lst)
try:
    lst + (4,)
except TypeError as e:
    print(type(e).__name__, e)
s = {1}
s |= {2}
s &= {2, 3}
print(s)
d = {"a": 1}
d |= {"b": 2}
print(d)
n = None
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
t = "ab"
try:
    t -= "a"
except TypeError as e:
    print(type(e).__name__, e)
