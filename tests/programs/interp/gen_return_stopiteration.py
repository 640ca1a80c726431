# Generator return values and StopIteration: PEP 479 conversion to RuntimeError, StopIteration.value.
def returns(v):
    yield 1
    return v


g = returns("done")
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", repr(e.value), "args", e.args)
g = returns(None)
next(g)
try:
    next(g)
except StopIteration as e:
    print("none value", e.value, e.args)
g = returns((1, 2))
next(g)
try:
    next(g)
except StopIteration as e:
    print("tuple value", e.value, e.args)


def leaks_stopiteration():
    yield 1
    raise StopIteration("explicit")


try:
    list(leaks_stopiteration())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    next(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__context__))


def subclass_leak():
    class MyStop(StopIteration):
        pass
    yield 0
    raise MyStop


try:
    list(subclass_leak())
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(returns("ignored by list")))
s = StopIteration(42)
print(s.value, StopIteration().value, StopIteration(1, 2).value)


def catches_own():
    try:
        raise StopIteration("internal")
    except StopIteration as e:
        yield "caught inside: " + str(e)


print(list(catches_own()))
it = iter([1])
print(next(it), next(it, "default"))
