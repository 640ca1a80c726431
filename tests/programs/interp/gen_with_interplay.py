# Generators and with statements: closing a suspended generator runs __exit__, yields inside with, exceptions.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return False


def reader(name, lines):
    with Resource(name):
        for line in lines:
            yield line


g = reader("r1", ["a", "b", "c"])
print(next(g))
g.close()
print(list(reader("r2", ["x"])))
g2 = reader("r3", ["p", "q"])
next(g2)
try:
    g2.throw(ValueError("thrown at yield"))
except ValueError as e:
    print("propagated", e)


def suppressing():
    class Suppress:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            print("suppressing", exc[0].__name__)
            return True

    with Suppress():
        yield 1
        raise KeyError("inside with")
    yield "after suppressed"


print(list(suppressing()))


def gen_context_manager():
    print("setup")
    try:
        yield "resource"
    finally:
        print("teardown")


class FromGenerator:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, *exc):
        try:
            next(self.gen)
        except StopIteration:
            return False


with FromGenerator(gen_context_manager()) as value:
    print("using", value)
