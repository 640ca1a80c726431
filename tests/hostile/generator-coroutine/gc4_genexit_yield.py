# category: generator-coroutine
# must: a generator that yields on GeneratorExit makes close() raise RuntimeError
# oracle: cpython
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("  got GeneratorExit")
            if done_flag:
                return
done_flag = False
it = stubborn()
keep = it
next(it)
try:
    it.close()
except RuntimeError as e:
    print("close", e)
print("still suspended", it.gi_suspended)
try:
    it.throw(GeneratorExit)
except RuntimeError as e:
    print("throw GeneratorExit", type(e).__name__)
except GeneratorExit:
    print("propagated")
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "v"
it = returns_on_exit()
next(it)
print("close returns", it.close())
def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("k")
it = raises_other()
next(it)
try:
    it.close()
except KeyError as e:
    print("close raised", e.args)
def finally_yield():
    try:
        yield 1
    finally:
        yield 2
it = finally_yield()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("finally yield", e)
done_flag = True
keep.close()
print("done", keep.gi_frame)
