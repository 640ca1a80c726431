# Control flow through try/except/else/finally: return/break/continue in handlers and else, nested handlers.
def classify(values):
    out = []
    for v in values:
        try:
            r = 10 // v
        except ZeroDivisionError:
            out.append("zero")
            continue
        except TypeError as e:
            out.append("type")
            if v is None:
                break
        else:
            out.append(r)
            if r == 1:
                return out + ["early return from else"]
        finally:
            out.append("|")
    return out


print(classify([5, 0, "x", 2]))
print(classify([0, None, 5]))
print(classify([10]))


def exception_in_else():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise KeyError("from else")


try:
    exception_in_else()
except KeyError as e:
    print("else raised", repr(e))


def handler_raises_new():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
        finally:
            print("inner finally")
    except TypeError as e:
        return repr(e), repr(e.__context__)


print(handler_raises_new())


def return_in_except_finally():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally after except return")


print(return_in_except_finally())


def while_try():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise ConnectionError(attempts)
            return attempts
        except ConnectionError as e:
            print("retry after", e)


print(while_try())
