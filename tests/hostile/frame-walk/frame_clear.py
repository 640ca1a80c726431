# category: frame-walk
# must: frame.clear() refuses executing frames and behaves like CPython on suspended and finished ones
# oracle: cpython
import sys

try:
    sys._getframe().clear()
    print("cleared module frame")
except RuntimeError as e:
    print("RuntimeError", e)

def f():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("inner RuntimeError", e)
    try:
        sys._getframe(1).clear()
    except RuntimeError as e:
        print("caller RuntimeError", e)
f()

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
next(g)
fr = g.gi_frame
try:
    fr.clear()
    print("cleared suspended gen", g.gi_frame, g.gi_suspended)
except RuntimeError as e:
    print("suspended RuntimeError", e)
try:
    print(next(g))
except StopIteration:
    print("StopIteration after clear")

def running():
    try:
        me_gen.gi_frame.clear()
    except RuntimeError as e:
        print("running gen RuntimeError", e)
    yield "done"
me_gen = running()
print(next(me_gen))

def victim():
    x = "secret"
    raise ValueError
try:
    victim()
except ValueError as e:
    fr = e.__traceback__.tb_next.tb_frame
print("before clear", fr.f_locals)
fr.clear()
print("after clear", fr.f_locals)
print("code still", fr.f_code.co_name, fr.f_back is None)
fr.clear()
print("double clear ok")
g2 = gen()
g2.gi_frame.clear()
print("unstarted cleared", g2.gi_frame)
try:
    print(next(g2))
except StopIteration:
    print("StopIteration unstarted")
