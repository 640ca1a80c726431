# Implicit exception chaining: __context__ set in except/finally blocks, nested handlers, cycles avoided.
def chain(e):
    names = []
    while e is not None:
        names.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or e.__context__
    return " <- ".join(names)


try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            {}["missing"]
    except KeyError:
        [][1]
except IndexError as e:
    print(chain(e))
try:
    try:
        raise ValueError("in try")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print(chain(e))
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError:
            raise a
except ValueError as e:
    print(chain(e), e.__context__)


def handler_returns():
    try:
        raise ValueError("swallowed")
    except ValueError:
        return "returned from handler"


print(handler_returns())
try:
    raise RuntimeError("fresh")
except RuntimeError as e:
    print(e.__context__)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        exc = first
    raise KeyError("after handler")
except KeyError as e:
    print("context after handler exit:", e.__context__)
e1 = ValueError("one")
e2 = TypeError("two")
e1.__context__ = e2
try:
    try:
        raise e1
    except ValueError:
        raise e2
except TypeError as e:
    print(chain(e.__context__), e.__context__ is e1, e1.__context__)
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        err = KeyError("explicit")
        err.__suppress_context__ = True
        raise err
except KeyError as e:
    print(repr(e.__context__), e.__suppress_context__)
