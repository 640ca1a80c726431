# category: generator-coroutine
# must: async generator asend/athrow/aclose misuse raises CPython's errors and never leaks internals
# oracle: cpython

def run(aw, *sends):
    out = []
    try:
        out.append(aw.send(None))
        for s in sends:
            out.append(aw.send(s))
    except StopIteration as e:
        out.append(("return", e.value))
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out

class Yield:
    def __await__(self):
        return (yield "await-yield")

async def agen():
    try:
        v = yield 1
        yield ("got", v)
        await Yield()
        yield 3
    finally:
        pass

a = agen()
print("asend non-None first", run(a.asend(5)))
a = agen()
print("asend None", run(a.asend(None)))
print("asend value", run(a.asend("v")))
step = a.__anext__()
print("await inside", run(step))
print("reuse awaitable", run(step))
print("athrow", run(a.athrow(ValueError("x"))))
print("after athrow", run(a.__anext__()))
b = agen()
for args in [(5,), (int,), (ValueError, "m"), (ValueError("i"), "extra"), (GeneratorExit,)]:
    try:
        print("athrow", args[0].__class__.__name__, run(b.athrow(*args)))
    except TypeError as e:
        print("athrow construct TypeError", e)
stubborn = True
async def ignores_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            if not stubborn:
                raise
c = ignores_exit()
print("start", run(c.__anext__()))
print("aclose ignored", run(c.aclose()))
stubborn = False
print("aclose again", run(c.aclose()), c.ag_frame is None)
d = agen()
print("aclose unstarted", run(d.aclose()), run(d.__anext__()))
e = agen()
run(e.__anext__())
n1 = e.__anext__()
print("n1", run(n1, None))
n2 = e.__anext__()
print("concurrent", run(n2))
cl = e.aclose()
print("close awaitable", run(cl), run(cl))
f = agen()
aw = f.asend(None)
aw.close()
print("closed awaitable", run(aw))
g = agen()
t = g.athrow(KeyError)
print("throw into athrow awaitable", end=" ")
try:
    t.throw(IndexError)
except IndexError:
    print("IndexError")
print("anext on exhausted", run(g.__anext__()))
try:
    agen().__anext__().__next__()
except StopIteration:
    print("stop")
except TypeError as e:
    print("next on awaitable", type(e).__name__)
