# Class body scopes: names in class bodies are not visible to methods; __qualname__; class-level closures.
x = "module x"


class A:
    x = "class x"
    y = x + " (read in class body)"

    def method(self):
        return x

    def method_with_class(self):
        return self.x, A.x, __class__.x

    class Nested:
        z = x


print(A.y)
print(A().method())
print(A().method_with_class())
print(A.Nested.z, A.Nested.__qualname__, A.method.__qualname__)


def function_with_class():
    local = "function local"

    class Local:
        attr = local

        def m(self):
            return local

    return Local


L = function_with_class()
print(L.attr, L().m(), L.__qualname__, L.m.__qualname__)


class Counter:
    count = 0
    items = [count for _ in range(2)] if False else []

    def __init__(self):
        Counter.count += 1


Counter(); Counter()
print(Counter.count)


class Ordering:
    b = 1
    a = 2
    c = 3


print([k for k in Ordering.__dict__ if not k.startswith("__")])


class UsesLocals:
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith("__"))


print(UsesLocals.names)
print(UsesLocals.__module__, A.__name__)


class WithDoc:
    "the docstring"


class NoDoc:
    pass


print(WithDoc.__doc__, NoDoc.__doc__)


def dynamic():
    return [type(n, (), {"v": i}) for i, n in enumerate("PQ")]


print([(c.__name__, c.v) for c in dynamic()])
