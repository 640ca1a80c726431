# category: frame-walk
# must: every attribute of frames, tracebacks, generators and coroutines is a guest value
# oracle: cpython
import sys
def gen():
    yield 1
async def co():
    pass
async def ag():
    yield 1
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
objs = {"frame": sys._getframe(), "tb": tb, "gen": gen(), "co": co(), "ag": ag(),
        "code": gen.__code__}
for name, o in objs.items():
    types_ok = True
    repr_ok = True
    for a in dir(o):
        try:
            v = getattr(o, a)
        except Exception:
            continue
        types_ok = types_ok and isinstance(type(v).__name__, str)
        try:
            repr(v)
        except Exception:
            repr_ok = False
    print(name, types_ok, repr_ok)
objs["co"].close()
print("frame methods", callable(objs["frame"].clear))
print("code lines", all(isinstance(t, tuple) for t in gen.__code__.co_lines()))
print("positions", all(len(t) == 4 for t in gen.__code__.co_positions()))
