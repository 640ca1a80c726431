# finally: always runs; return in finally overrides return/exception; finally after return evaluates order.
log = []


def try_return():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")


print(try_return(), log)


def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"


print(finally_overrides())


def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"


print(finally_swallows_exception())


def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


print(return_value_evaluated_before_finally())


def rebinding_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2


print(rebinding_in_finally())


def nested_finally():
    out = []
    try:
        try:
            out.append(1)
            raise KeyError("k")
        finally:
            out.append(2)
    except KeyError:
        out.append(3)
    finally:
        out.append(4)
    return out


print(nested_finally())


def except_else_finally(fail):
    out = []
    try:
        out.append("body")
        if fail:
            raise ValueError
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out


print(except_else_finally(False), except_else_finally(True))


def exception_in_finally_replaces():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")


try:
    exception_in_finally_replaces()
except KeyError as e:
    print(repr(e), repr(e.__context__))


def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        log.append("gen finally")


g = generator_finally()
print(next(g))
g.close()
print(log[-1])
