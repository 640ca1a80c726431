# with statements: __enter__/__exit__ protocol, suppression, exception args to __exit__, multiple managers.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress


with Manager("a") as value:
    print("body", value)
with Manager("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Manager("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Manager("outer") as o, Manager("inner", suppress=True) as i:
    print("both", o, i)
    raise RuntimeError("only inner sees it first")
print("after nested")


def return_inside_with():
    with Manager("ret"):
        return "returned"


print(return_inside_with())
for n in range(3):
    with Manager(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return "non-empty string is truthy"


with Truthy():
    1 / 0
print("suppressed by truthy value")


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
with (Manager("p1") as p1,
      Manager("p2") as p2):
    print("parenthesized", p1, p2)
