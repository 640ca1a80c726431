# category: frame-walk
# must: frames reached from exceptions raised inside builtins/generators are guest frames
# oracle: cpython
import sys
def frames_of(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out
for expr in ["int('x')", "[].pop()", "{}['k']", "sorted([1,'a'])", "next(iter([]))",
             "max(x for x in [])", "list(map(lambda v: 1/v, [0]))", "getattr(1, 'zz')"]:
    try:
        eval(expr)
    except Exception as e:
        fs = frames_of(e)
        top = e.__traceback__.tb_frame
        print(expr, type(e).__name__, fs, top.f_back is None or type(top.f_back).__name__)
def g():
    yield 1
    raise OSError("in gen")
try:
    for _ in g():
        pass
except OSError as e:
    print("gen frames", frames_of(e))
    last = e.__traceback__
    while last.tb_next:
        last = last.tb_next
    fb = last.tb_frame.f_back
    print("gen frame back", fb is None or fb.f_code.co_name)
    print("gen frame globals", last.tb_frame.f_globals is globals())
