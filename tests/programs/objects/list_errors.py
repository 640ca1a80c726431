# list error messages and edge cases: index/remove/pop errors, sort with mixed types, modification during sort.
cases = [
    "[].pop()", "[1].pop(5)", "[1].remove(2)", "[1].index(2)", "[1, 2][2]", "[1][str('a')]", "[1].insert('a', 1)",
    "sorted([1, 'a'])", "[3, None].sort()", "[1] + (2,)", "[1] * 'a'", "[].sort(key=1)", "list(1)",
    "[1, 2].index(1, 'x')", "[0][-2]", "[1, 2, 3][::0]", "[[]].count()", "[1].extend(None)", "[] < 1",
]
for src in cases:
    try:
        print(src, "->", eval(src))
    except (TypeError, ValueError, IndexError) as e:
        print(src, "->", type(e).__name__, e)
data = [3, 1, 2]


def bad_key(x):
    data.append(x)
    return x


try:
    data.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(data)
lst = [1, 2]
try:
    lst[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
x = [1, 2, 3]
for item in x:
    if item == 2:
        x.remove(item)
print(x)
it = iter([1, 2, 3])
lst2 = list(it)
print(lst2, list(it))


class Unorderable:
    pass


try:
    sorted([Unorderable(), Unorderable()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Unorderable()]).__len__(), sorted([]), [1, 2] == [1, 2.0], [float("nan")] == [float("nan")])
