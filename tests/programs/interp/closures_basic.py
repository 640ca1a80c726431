# Closures: cells shared between inner functions, __closure__ and cell_contents, co_freevars/co_cellvars.
def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return increment, get


inc, get = make_counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get())
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(len(inc.__closure__), type(inc.__closure__[0]).__name__, inc.__closure__[0].cell_contents)
print(inc.__closure__[0] is get.__closure__[0])
print(make_counter.__closure__)


def adder(n):
    def add(x):
        return x + n
    return add


print(adder(3)(4), adder(10)(-1))


def three_levels():
    a = 1

    def middle():
        b = 2

        def inner():
            return a + b

        return inner

    return middle()


f = three_levels()
print(f(), f.__code__.co_freevars)


def param_cell(p):
    def read():
        return p
    p = p * 2
    return read


print(param_cell(21)())


def cell_modified_later():
    fns = []
    value = "before"
    fns.append(lambda: value)
    value = "after"
    return fns[0]()


print(cell_modified_later())
cell = inc.__closure__[0]
cell.cell_contents = 100
print(inc(), get())


def empty_cell():
    def inner():
        return later
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = 1
    return c.cell_contents


print(empty_cell())
