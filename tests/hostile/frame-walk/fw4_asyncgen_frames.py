# category: frame-walk
# must: async generator ag_frame/ag_code/ag_await/ag_running reflect state
# oracle: cpython
import sys
async def agen():
    f = sys._getframe()
    yield f.f_code.co_name
    yield 2
a = agen()
print("frame", type(a.ag_frame).__name__, a.ag_running, a.ag_await)
print("code", a.ag_code.co_name, a.ag_code is agen.__code__)
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
print("first", run(a.__anext__()))
print("frame locals keys", sorted(a.ag_frame.f_locals))
print("second", run(a.asend(None)))
print("third", run(a.__anext__()))
print("finished frame", a.ag_frame, a.ag_running)
print("again", run(a.__anext__()))
b = agen()
print("aclose unstarted", run(b.aclose()), b.ag_frame)
for name in ["ag_frame", "ag_code", "ag_running", "ag_await"]:
    try:
        setattr(b, name, None)
        print("set", name)
    except Exception as e:
        print(name, type(e).__name__)
print("type name", type(b).__name__, type(a.asend(None)).__name__)
