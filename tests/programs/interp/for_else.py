# for loops: else clause, break/continue, iterating over various iterables, loop variable after loop.
for i in range(3):
    pass
else:
    print("else ran, i =", i)
for i in range(10):
    if i == 5:
        break
else:
    print("not printed")
print("broke at", i)
for c in "":
    print("never")
else:
    print("empty loop else")


def find(needle, haystack):
    for idx, item in enumerate(haystack):
        if item == needle:
            print("found", needle, "at", idx)
            break
    else:
        print(needle, "not found")


find(3, [1, 2, 3])
find(9, [1, 2, 3])
out = []
for x in range(10):
    if x % 3 == 0:
        continue
    out.append(x)
print(out)
for k, v in {"b": 2, "a": 1}.items():
    print(k, v)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
items = [1, 2, 3]
for item in items:
    if item == 1:
        items.append(4)
    print("iter", item)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print("pair", i, j)
    else:
        print("inner else")
    if i == 1:
        continue
    print("outer body end", i)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)))
for v in Countdown(2):
    print("countdown", v)
try:
    for z in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
