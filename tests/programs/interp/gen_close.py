# generator.close(): GeneratorExit delivery, finally blocks, yielding during close, close on finished gens.
def tracked(name):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise
    finally:
        print(name, "finally")


g = tracked("a")
next(g)
g.close()
print("closed a")
g.close()
print(list(g))
unstarted = tracked("b")
unstarted.close()
print("closed unstarted b without running it")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
s.close()
print("second close of stubborn generator succeeded")


def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed GeneratorExit, returning")
        return "ignored value"


w = swallow()
next(w)
print(w.close())


def raises_other():
    try:
        yield
    finally:
        raise KeyError("raised during close")


r = raises_other()
next(r)
try:
    r.close()
except KeyError as e:
    print("close propagated", repr(e), repr(e.__context__))
finished = tracked("c")
print(list(finished))
finished.close()
print("closing a finished generator is a no-op")


def in_for():
    for i in range(10):
        try:
            yield i
        finally:
            print("leaving iteration", i)


loop_gen = in_for()
for v in loop_gen:
    if v == 1:
        break
print("loop broke; generator still suspended at", v)
loop_gen.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
