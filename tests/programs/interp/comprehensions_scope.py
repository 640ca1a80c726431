# Comprehension scoping (PEP 709 inlining must be invisible): class bodies, closures, shadowing, locals().
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    factor = 10
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        scaled = str(e)


print(C.doubled)
print(C.scaled)
print(hasattr(C, "i"))


def f():
    x = 1
    result = [x + y for y in range(3)]
    return result, sorted(locals())


print(f())


def g():
    y = "kept"
    out = [y for y in range(2)]
    return out, y


print(g())


def h():
    funcs = [lambda: n for n in range(3)]
    return [fn() for fn in funcs]


print(h())


def k():
    total = 0
    vals = [(total := total + v) for v in range(4)]
    return vals, total


print(k())


def outer():
    data = [1, 2]

    def inner():
        return [d * 2 for d in data]

    return inner()


print(outer())


def comp_locals():
    a = 1
    return [sorted(locals()) for b in range(1)]


print(comp_locals())
gen = (x for x in range(3))
print(type(gen).__name__, list(gen), list(gen))
print([[j for j in range(i)] for i in range(4)])
