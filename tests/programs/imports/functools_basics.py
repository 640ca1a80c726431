# functools: partial, reduce, lru_cache (cache_info), wraps, total_ordering, cached_property, singledispatch.
import functools

add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=10)
print(add3(2), add3.args, add3.keywords)
print(functools.reduce(lambda acc, x: acc * x, range(1, 6)), functools.reduce(lambda a, b: a + b, [], "start"))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return ("wrapped", fn(*args))
    return wrapper


@deco
def documented(x):
    "the doc"
    return x


print(documented(1), documented.__name__, documented.__doc__, documented.__wrapped__(2))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) <= Version(2), Version(3) >= Version(2), Version(1) > Version(1))


class Data:
    @functools.cached_property
    def expensive(self):
        print("computing once")
        return 42


d = Data()
print(d.expensive, d.expensive, "expensive" in vars(d))


@functools.singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: int):
    return "int"


@describe.register(list)
def _(x):
    return "list"


print(describe(1), describe([]), describe("s"), describe(True))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
