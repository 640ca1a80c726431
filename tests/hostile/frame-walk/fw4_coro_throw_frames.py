# category: frame-walk
# must: frames seen from a coroutine driven by hand with send/throw are guest frames
# oracle: cpython
import sys, types
@types.coroutine
def pause():
    yield sys._getframe().f_back.f_code.co_name
async def work():
    try:
        await pause()
    except KeyError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("caught", names)
        print("back of work", sys._getframe().f_back.f_code.co_name)
        await pause()
    return "end"
c = work()
print("first", c.send(None))
print("await", c.cr_await.gi_code.co_name, c.cr_await.gi_frame.f_back)
def thrower():
    return c.throw(KeyError("x"))
print("throw", thrower())
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
print("frame", c.cr_frame)
c3 = work()
c3.send(None)
try:
    c3.throw(RuntimeError, RuntimeError("a"), None)
except RuntimeError as e:
    print("re", e.args, e.__traceback__.tb_next.tb_frame.f_code.co_name)
print(c3.cr_frame)
