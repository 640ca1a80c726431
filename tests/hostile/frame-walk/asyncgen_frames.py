# category: frame-walk
# must: ag_frame/ag_await/ag_code of async generators are guest objects; exhausted ones have no frame
# oracle: cpython
import sys

class Await:
    def __await__(self):
        return (yield "inside")

async def agen():
    f = sys._getframe()
    x = await Await()
    yield (f.f_code.co_name, x)
    yield f.f_back is None

def drive(aw, value=None):
    try:
        return ("yielded", aw.send(value))
    except StopIteration as e:
        return ("returned", e.value)
    except StopAsyncIteration:
        return ("stop",)

a = agen()
print("frame", type(a.ag_frame).__name__, a.ag_frame.f_code is a.ag_code)
print("await", a.ag_await, a.ag_running)
step = a.__anext__()
print("anext type", type(step).__name__)
print(drive(step))
print("ag_await while suspended", type(a.ag_await).__name__)
print("locals", sorted(a.ag_frame.f_locals))
print(drive(step, 5))
print("ag_await now", a.ag_await)
step2 = a.asend(None)
print(drive(step2))
print(drive(a.__anext__()))
print("frame after", a.ag_frame, a.ag_running)
for attr in ("ag_frame", "ag_code", "ag_await", "ag_running"):
    try:
        setattr(a, attr, 0)
        print("set", attr)
    except (AttributeError, TypeError) as e:
        print(attr, type(e).__name__)
b = agen()
cl = b.aclose()
print(drive(cl), b.ag_frame)
