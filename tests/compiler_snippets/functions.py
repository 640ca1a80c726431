def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    """doc"""
    return a, b, c, args, d, e, kw
print(f(1, d=4), f(1, 2, 3, 4, d=6, z=7), f.__doc__, f.__defaults__, f.__kwdefaults__)
def ann(x: int, *y: str, z: "q" = 1, **w: float) -> list: pass
print(ann.__annotations__)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    def reader():
        return x
    return inner, reader
i, r = outer()
print(i(), i(), r())
G = 0
def setg():
    global G
    G = 5
setg(); print(G)
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag, fn(*a, **k)
        return inner
    return wrap
@deco("t1")
@deco("t2")
def decorated(x):
    return x * 2
print(decorated(4))
def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"
g = gen(3)
print(next(g), g.send("hi"), list(g))
def delegate():
    r = yield from gen(2)
    print("r", r)
print(list(delegate()))
print(list(x * 2 for x in range(4) if x), sum(x for x in range(10)))
print([x + y for x in range(3) for y in range(2) if x != y], {x: x * x for x in range(3)},
      {x % 2 for x in range(5)})
def comp_scope():
    x = "outer"
    r = [x for x in range(2)]
    fs = [lambda: x for x in range(3)]
    return x, r, [f() for f in fs]
print(comp_scope())
class Base:
    def hello(self):
        return "base"
class Child(Base):
    attr: int = 3
    def hello(self):
        return "child+" + super().hello()
    @classmethod
    def cm(cls):
        return cls.__name__, __class__.__name__
    @property
    def p(self):
        return 42
    def __private(self):
        return "private"
    def call_private(self):
        return self.__private()
c = Child()
print(c.hello(), Child.cm(), c.p, c.call_private(), Child.__annotations__, Child.__qualname__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta, flag=1):
    pass
print(WithMeta.kw)
import asyncio
async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)
async def amain():
    out = [x async for x in agen()]
    async for y in agen():
        out.append(y * 10)
    class ACM:
        async def __aenter__(self): return "in"
        async def __aexit__(self, *a): return False
    async with ACM() as v:
        out.append(v)
    return out
print(asyncio.run(amain()))
def matcher(v):
    match v:
        case 0 | 1:
            return "small"
        case [x, y, *rest] if x < y:
            return ("seq", x, y, rest)
        case {"k": val, **others}:
            return ("map", val, others)
        case str() as s:
            return ("str", s)
        case complex(real=r, imag=i):
            return ("complex", r, i)
        case None:
            return "none"
        case _:
            return "other"
for v in (0, [1, 2, 3], [2, 1], {"k": 1, "z": 2}, "s", 1 + 2j, None, 3.5):
    print(matcher(v))
