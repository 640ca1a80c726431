# nonlocal: rebinding enclosing variables across several levels, in loops, with shadowing, and in classes.
def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"

        inner()
        return x

    return middle(), x


print(outer())


def accumulate():
    total = 0
    history = []

    def add(v):
        nonlocal total
        total += v
        history.append(total)

    for v in [1, 2, 3]:
        add(v)
    return total, history


print(accumulate())


def shadowing():
    x = 1

    def a():
        x = 2

        def b():
            nonlocal x
            x += 10
            return x

        return b(), x

    return a(), x


print(shadowing())


def nonlocal_in_class_method():
    state = []

    class Recorder:
        def record(self, item):
            nonlocal state
            state = state + [item]
            return len(state)

    r = Recorder()
    r.record("a")
    r.record("b")
    return state


print(nonlocal_in_class_method())


def fib_generator_state():
    a, b = 0, 1

    def step():
        nonlocal a, b
        a, b = b, a + b
        return a

    return [step() for _ in range(10)]


print(fib_generator_state())
for src in ["def f():\n    nonlocal q\n", "nonlocal z\n", "def f(p):\n    def g():\n        global p\n        nonlocal p\n"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)


def delete_nonlocal():
    v = 1

    def d():
        nonlocal v
        del v

    d()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(delete_nonlocal())
