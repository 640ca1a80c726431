# category: frame-walk
# must: inside a running generator gi_running is True and its frame f_back is the caller
# oracle: cpython
import sys
def g():
    me = yield
    f = sys._getframe()
    print("running", me.gi_running, "suspended", me.gi_suspended)
    print("same frame", me.gi_frame is f)
    print("back", f.f_back.f_code.co_name)
    print("back back", f.f_back.f_back.f_code.co_name)
    try:
        f.clear()
    except Exception as e:
        print("clear running", type(e).__name__)
    yield "x"
def driver(it):
    return it.send(it)
it = g()
next(it)
print(driver(it))
fr = it.gi_frame
print("suspended back", fr.f_back)
try:
    fr.clear()
    print("cleared suspended", it.gi_frame)
except Exception as e:
    print("clear suspended", type(e).__name__)
try:
    print(next(it))
except StopIteration:
    print("StopIteration after clear")
except Exception as e:
    print("after clear", type(e).__name__)
