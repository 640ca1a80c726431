# Iterator protocol: iter()/next(), __iter__ returning self, StopIteration semantics, iter(callable, sentinel).
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(iter(c) is c, list(c), list(c), next(c, "exhausted"))


class Reusable:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return iter(self.data)


r = Reusable([1, 2])
print(list(r), list(r), [x * y for x in r for y in r])
values = iter([1, 2, 3])
print(next(values), list(values), next(values, None))
try:
    next(values)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
counter = [0]


def produce():
    counter[0] += 1
    return counter[0]


print(list(iter(produce, 4)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")), next(lines))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__,
      type(iter(set())).__name__, type(iter(b"")).__name__, type(iter(produce, 0)).__name__)
it = iter([1, 2, 3, 4])
for x in it:
    if x == 2:
        break
print(list(it))
a, b = iter("xy")
print(a, b)
print(iter([1, 2]).__length_hint__(), len(list(iter(range(5)))), "x" in iter("xyz"))


class NoNext:
    def __iter__(self):
        return self


try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
gen = (i for i in range(2))
print(next(gen), next(gen), next(gen, "default after end"))
