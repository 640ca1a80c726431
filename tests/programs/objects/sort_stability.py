# list.sort/sorted: stability, key functions called once per item, reverse keeps stability, errors mid-sort.
records = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
calls = []


def key(item):
    calls.append(item)
    return item[1]


sorted(records, key=key)
print(len(calls))


class Item:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d")]
print(sorted(items), sorted(items, reverse=True))


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"


print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
data = list(range(20, 0, -1))
data.sort(key=lambda x: x % 3)
print(data)
mixed = [3, 1.5, True, 2]
print(sorted(mixed), min(mixed), max(mixed))
words = ["Banana", "apple", "Cherry", "apple", "banana"]
print(sorted(words, key=str.casefold), sorted(set(words)), sorted(words, key=lambda w: (len(w), w)))
lst = [3, 2, 1]


def bad_key(x):
    if x == 1:
        raise ValueError("bad key")
    return x


try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e, lst)
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:5], sorted(big)[-3:], sorted(big) == sorted(big, reverse=True)[::-1])
