# Traceback objects: tb_lineno, tb_next chain, tb_frame.f_code.co_name, with_traceback, f_lineno/f_back.
def level3():
    raise ValueError("deep")


def level2():
    level3()


def level1():
    level2()


def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    level1()
except ValueError as e:
    print(walk(e.__traceback__))
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)
try:
    try:
        level3()
    except ValueError as e:
        raise
except ValueError as e:
    print("re-raised:", walk(e.__traceback__))


def reraise_elsewhere():
    try:
        level3()
    except ValueError as e:
        saved = e
    raise saved


try:
    reraise_elsewhere()
except ValueError as e:
    print("raised again:", walk(e.__traceback__))
e = KeyError("fresh")
print(e.__traceback__)
try:
    raise e
except KeyError as caught:
    tb = caught.__traceback__
    print(walk(tb), tb.tb_frame.f_code.co_filename == __file__)
other = RuntimeError("with tb")
print(other.with_traceback(tb) is other, walk(other.__traceback__))
try:
    raise other
except RuntimeError as r:
    print(walk(r.__traceback__))


def frame_info():
    import_free = __import__
    try:
        raise TypeError
    except TypeError as t:
        f = t.__traceback__.tb_frame
        return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno > 0, sorted(f.f_locals)


print(frame_info())
try:
    [1][5]
except IndexError as ie:
    print(ie.__traceback__.tb_lasti >= 0, ie.__traceback__.tb_next)
