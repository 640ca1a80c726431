# category: generator-coroutine
# must: generator expressions behave like CPython under send/throw/close and bad iterables
# oracle: cpython
ge = (x * 2 for x in range(3))
print("type", type(ge).__name__, ge.__name__)
print("next", next(ge))
try:
    ge.send(5)
    print("send ok")
except Exception as e:
    print("send", type(e).__name__)
try:
    ge.throw(KeyError("k"))
except KeyError as e:
    print("throw", e.args, ge.gi_frame)
print("after throw", list(ge))
for src in [5, None, 1.5]:
    try:
        g = (x for x in src)
        print("made", type(g).__name__)
    except TypeError as e:
        print(type(src).__name__, "TypeError at creation")
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print("zerodiv", list(g))
g = (y for y in (lambda: (yield))() )
print("lambda yield", list(g))
try:
    exec("(yield x for x in [1])")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
try:
    exec("def f():\n    return [(yield) for x in [1]]")
except SyntaxError as e:
    print("SyntaxError comp")
ge = (x for x in [1])
ge.close()
print("closed", list(ge), ge.gi_frame)
ag = (x async for x in [])
print("async genexpr", type(ag).__name__)
