# Smoke test: def, return, default and keyword arguments, recursion, closures, lambdas, globals.
def add(a, b=10):
    return a + b


print(add(1), add(1, 2), add(b=5, a=1))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(10), fact(20))


def make_adder(k):
    def inner(x):
        return x + k
    return inner


plus3 = make_adder(3)
print(plus3(4), make_adder(100)(1))
square = lambda v: v * v
print(square(9), list(map(square, [1, 2, 3])))
counter = 0


def bump():
    global counter
    counter += 1


bump()
bump()
print("counter", counter)


def varargs(*args, **kwargs):
    return len(args), sorted(kwargs)


print(varargs(1, 2, 3, x=1, y=2))


def no_return():
    pass


print(no_return())
