# category: frame-walk
# must: gi_frame/gi_code/gi_yieldfrom of generators are guest objects; finished generators have no frame
# oracle: cpython
import sys

def inner():
    me = sys._getframe()
    yield me.f_back is not None and me.f_back.f_code.co_name
    yield 2

def outer():
    r = yield from inner()
    yield "after"

g = outer()
print("before start frame", type(g.gi_frame).__name__, g.gi_frame.f_back is None)
print("code", g.gi_code is outer.__code__, g.gi_frame.f_code is g.gi_code)
print("yieldfrom before", g.gi_yieldfrom)
print("first", next(g))
yf = g.gi_yieldfrom
print("yieldfrom", type(yf).__name__, yf.gi_code.co_name)
print("inner frame back suspended", yf.gi_frame.f_back is None)
print("outer frame lineno int", type(g.gi_frame.f_lineno) is int)
print("locals keys", sorted(g.gi_frame.f_locals))
print("inner locals", sorted(yf.gi_frame.f_locals))
print("second", next(g))
print("third", next(g), g.gi_yieldfrom)
print("inner finished frame", yf.gi_frame)
try:
    next(g)
except StopIteration:
    print("StopIteration")
print("finished frame", g.gi_frame, g.gi_running, g.gi_suspended)
print("code still", g.gi_code.co_name)
# generator expression frames
ge = (sys._getframe().f_back.f_code.co_name for _ in range(2))
print("genexpr first", next(ge))
print("genexpr frame locals", sorted(ge.gi_frame.f_locals))
arg = ge.gi_frame.f_locals.get(".0")
print("genexpr .0 type", type(arg).__name__)
print(list(ge), ge.gi_frame)
def closed():
    yield 1
c = closed(); next(c); c.close()
print("closed frame", c.gi_frame)
for attr in ("gi_frame", "gi_code", "gi_running", "gi_yieldfrom", "gi_suspended"):
    try:
        setattr(c, attr, None)
        print("set", attr)
    except (AttributeError, TypeError) as e:
        print(attr, type(e).__name__)
