# Generator, coroutine and async generator types: type names, attributes, reprs, state transitions.
def gen_fn():
    yield 1


async def coro_fn():
    return 1


async def agen_fn():
    yield 1


g = gen_fn()
c = coro_fn()
a = agen_fn()
for obj in (g, c, a):
    print(type(obj).__name__, obj.__name__, obj.__qualname__, repr(obj).split(" at ")[0])
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_frame.f_lasti >= 0, g.gi_code is gen_fn.__code__)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_origin, c.cr_code is coro_fn.__code__)
print(a.ag_running, a.ag_await, a.ag_code is agen_fn.__code__, a.ag_frame is not None)
next(g)
print("after first next:", g.gi_suspended, g.gi_frame is not None)
print(list(g), g.gi_frame, g.gi_suspended)
c.close()
print(c.cr_frame)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(c, "__await__"), hasattr(a, "__anext__"))
print(type(c.__await__()).__name__, type(a.asend(None)).__name__, type(a.athrow(ValueError)).__name__, type(a.aclose()).__name__)
try:
    type(g)()
except TypeError as e:
    print(type(e).__name__, e)


def wrapper():
    yield from gen_fn()


w = wrapper()
next(w)
print(type(w.gi_yieldfrom).__name__)
w.close()
genexpr = (x for x in [1])
print(type(genexpr).__name__, genexpr.__name__, genexpr.__qualname__)
print(type(gen_fn).__name__, gen_fn.__code__.co_flags & 0x20, coro_fn.__code__.co_flags & 0x80, agen_fn.__code__.co_flags & 0x200)
