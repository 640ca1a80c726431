# category: frame-walk
# must: traceback tb_frame/tb_next/tb_lasti/tb_lineno chains are guest objects
# oracle: cpython
import sys
def a(): b()
def b(): c()
def c(): raise KeyError("k")
try:
    a()
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        print("types", type(tb.tb_lasti) is int, type(tb.tb_lineno) is int, tb.tb_lasti >= 0)
        last = tb
        tb = tb.tb_next
    print("names", names)
    print("last lineno", last.tb_lineno)
    print("top back", e.__traceback__.tb_frame.f_back)
    print("last frame back", last.tb_frame.f_back.f_code.co_name)
    print("last locals", last.tb_frame.f_locals)
    print("exc_info same", sys.exc_info()[2] is e.__traceback__)
    for attr, val in [("tb_next", 5), ("tb_next", None), ("tb_lineno", 3), ("tb_frame", None)]:
        try:
            setattr(e.__traceback__, attr, val)
            print("set", attr, val)
        except Exception as ex:
            print(attr, type(ex).__name__)
    t = e.__traceback__
    try:
        t.tb_next = t
    except Exception as ex:
        print("loop", type(ex).__name__)
