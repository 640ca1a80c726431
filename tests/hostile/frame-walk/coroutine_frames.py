# category: frame-walk
# must: cr_frame/cr_await/cr_origin of coroutines hand back only guest objects
# oracle: cpython
import sys, types

class Await:
    def __await__(self):
        v = yield "suspended"
        return v

async def leaf():
    return await Await()

async def mid():
    x = await leaf()
    return x * 2

c = mid()
print("frame", type(c.cr_frame).__name__, c.cr_frame.f_code is c.cr_code)
print("await before", c.cr_await, c.cr_running, c.cr_origin)
print("sent", c.send(None))
aw = c.cr_await
print("cr_await", type(aw).__name__, aw.cr_code.co_name)
inner = aw.cr_await
print("inner await", type(inner).__name__)
print("inner gen frame code", inner.gi_frame.f_code.co_name)
print("frame back suspended", c.cr_frame.f_back is None, aw.cr_frame.f_back is None)
print("locals", sorted(c.cr_frame.f_locals), sorted(aw.cr_frame.f_locals))
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)
print("after", c.cr_frame, c.cr_await, aw.cr_frame)
c2 = mid()
print("unstarted locals", c2.cr_frame.f_locals)
c2.close()
print("closed", c2.cr_frame)
@types.coroutine
def gencoro():
    yield sys._getframe().f_back is None
async def user():
    return await gencoro()
u = user()
print("types.coroutine frame back", u.send(None))
print("cr_await kind", type(u.cr_await).__name__)
u.close()
for attr in ("cr_frame", "cr_await", "cr_code", "cr_running", "cr_origin"):
    try:
        setattr(u, attr, 1)
        print("set", attr)
    except (AttributeError, TypeError) as e:
        print(attr, type(e).__name__)
