# __call__: callable instances, callable() checks, __call__ looked up on the type, class-level call chains.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)


add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), callable(5), callable(len))
add5.__call__ = lambda x: "instance attribute is ignored"
print(add5(2))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self


c = Counter()
c()()()
print(c.calls)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)


class CallIsNone:
    __call__ = None


print(callable(CallIsNone()))
try:
    CallIsNone()()
except TypeError as e:
    print(type(e).__name__, e)


class Chain:
    def __call__(self, *args, **kwargs):
        return args, sorted(kwargs.items())


print(Chain()(1, 2, k=3))
print(list(map(Adder(10), [1, 2, 3])), sorted([3, 1, 2], key=Adder(-1)))


class CallViaDescriptor:
    class Impl:
        def __get__(self, obj, objtype):
            return lambda *a: ("descriptor call", a)

    __call__ = Impl()


print(CallViaDescriptor()(1, 2))


class StaticCall:
    @staticmethod
    def __call__(x):
        return ("static __call__", x)


print(StaticCall()(9))
try:
    Adder(1)()
except TypeError as e:
    print(type(e).__name__, e)
print(type(add5.__call__).__name__, type(Adder.__call__).__name__)
