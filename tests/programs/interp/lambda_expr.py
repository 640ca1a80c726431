# lambda: defaults, closures, varargs, immediately-invoked, names and qualnames, in sort keys.
square = lambda x: x * x
print(square(7), square.__name__, square.__qualname__)
add = lambda a, b=10, *rest, k=1, **kw: (a + b + sum(rest)) * k + len(kw)
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, k=2), add(1, z=0, y=0))
print((lambda: "immediate")())
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print((lambda x, /, y: (x, y))(1, y=2))


def make_multiplier(n):
    return lambda x: x * n


double = make_multiplier(2)
print(double(21), double.__qualname__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(5) + "!")
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
print((lambda: (yield 1))().__class__.__name__)
print(list((lambda: (yield from range(3)))()))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: None)())
print((lambda x=[]: x.append(1) or x)(), (lambda x=[]: x)())


class C:
    method = lambda self: "lambda method on " + type(self).__name__


print(C().method())
try:
    square()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda *, k: k)(1)
except TypeError as e:
    print(type(e).__name__, e)
