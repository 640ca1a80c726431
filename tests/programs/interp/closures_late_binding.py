# Late binding of closure variables: loops, default-argument capture, comprehension scopes, re-assignment.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make_list():
    out = []
    for j in range(3):
        def show():
            return j
        out.append(show)
    j = "final"
    return [f() for f in out]


print(make_list())


def factory():
    out = []
    for k in range(3):
        def make(k=k):
            def inner():
                return k
            return inner
        out.append(make())
    return [f() for f in out]


print(factory())


def uses_global():
    return late_global


late_global = "defined after function"
print(uses_global())
late_global = "rebound"
print(uses_global())


def closure_over_loop_var():
    fns = {}
    for name in ["a", "b"]:
        fns[name] = lambda: name.upper()
    return {k: v() for k, v in fns.items()}


print(closure_over_loop_var())


def generator_capture():
    gens = [(n * x for x in range(2)) for n in range(3)]
    return [list(g) for g in gens]


print(generator_capture())


def outer():
    value = 1
    get = lambda: value
    value = 2
    r1 = get()
    value = 3
    return r1, get()


print(outer())
