# generator.throw(): handled inside, propagated out, thrown into unstarted/finished generators, throw types.
def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("generator handled", repr(e))
            yield "recovered"


r = resilient()
print(next(r))
print(r.throw(ValueError("boom")))
print(next(r))
print(r.throw(ValueError))
try:
    r.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", repr(e))
print(list(r))


def unstarted():
    print("body never runs")
    yield 1


u = unstarted()
try:
    u.throw(IndexError("early"))
except IndexError as e:
    print("unstarted throw", repr(e))
print(list(u))


def cleanup():
    try:
        yield 1
    finally:
        print("cleanup ran")


c = cleanup()
next(c)
try:
    c.throw(RuntimeError("abort"))
except RuntimeError as e:
    print("after cleanup", repr(e))


def converting():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")


cv = converting()
next(cv)
try:
    cv.throw(ZeroDivisionError)
except ValueError as e:
    print(repr(e), repr(e.__context__))


def returns_on_throw():
    try:
        yield 1
    except GeneratorExit:
        raise
    except Exception:
        return "returned after throw"


rt = returns_on_throw()
next(rt)
try:
    rt.throw(TypeError)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    rt.throw("not an exception")
except TypeError as e:
    print(type(e).__name__, e)
