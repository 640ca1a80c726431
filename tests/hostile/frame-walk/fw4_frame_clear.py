# category: frame-walk
# must: frame.clear() on running, suspended and finished frames behaves like CPython
# oracle: cpython
import sys
def run():
    try:
        sys._getframe().clear()
        print("cleared own frame")
    except RuntimeError as e:
        print("running", type(e).__name__)
run()
def caller():
    def callee():
        try:
            sys._getframe(1).clear()
            print("cleared caller")
        except RuntimeError as e:
            print("caller running", type(e).__name__)
    callee()
caller()
def g():
    a = [1, 2]
    yield a
    yield len(a)
it = g()
next(it)
fr = it.gi_frame
fr.clear()
print("gen after clear", it.gi_frame, it.gi_suspended)
try:
    next(it)
except StopIteration:
    print("StopIteration")
def done():
    z = 3
    return sys._getframe()
d = done()
d.clear()
print("finished cleared", d.f_locals, d.f_code.co_name)
d.clear()
print("twice ok")
try:
    e_tb = None
    1 / 0
except ZeroDivisionError as e:
    e.__traceback__.tb_frame.f_back
    try:
        e.__traceback__.tb_frame.clear()
    except RuntimeError as ex:
        print("tb frame", type(ex).__name__)
