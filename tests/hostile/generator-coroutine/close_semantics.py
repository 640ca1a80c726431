# category: generator-coroutine
# must: close() on generators that yield in finally, raise, or catch GeneratorExit matches CPython 3.12
# oracle: cpython

def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2
g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
print("frame after", g.gi_frame is None, g.gi_suspended)
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise KeyError("from close")
g = raises_other()
next(g)
try:
    g.close()
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
def returns_value():
    try:
        yield
    except GeneratorExit:
        return "value"
g = returns_value()
next(g)
print("close returns", g.close())
def catches_and_stops():
    try:
        yield
    except GeneratorExit:
        raise StopIteration
g = catches_and_stops()
next(g)
try:
    g.close()
    print("closed")
except RuntimeError as e:
    print("StopIteration in close", e)
def finally_runs():
    try:
        yield
    finally:
        print("finally ran")
g = finally_runs()
g.close()
print("unstarted close: no finally")
g = finally_runs()
next(g)
g.close()
g.close()
print("double close fine")
def raises_exit_subclass():
    try:
        yield
    except GeneratorExit:
        class Sub(GeneratorExit):
            pass
        raise Sub
g = raises_exit_subclass()
next(g)
print("subclass close", g.close())
def delegate():
    yield from yields_in_finally()
g = delegate()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("delegated RuntimeError", e)
class CloseRaises:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        raise ValueError("sub close")
def delegate2():
    yield from CloseRaises()
g = delegate2()
next(g)
try:
    g.close()
except ValueError as e:
    print("sub close raised", e)
class CloseNotCallable:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    close = 5
def delegate3():
    yield from CloseNotCallable()
g = delegate3()
next(g)
try:
    g.close()
except TypeError as e:
    print("close not callable", e)
