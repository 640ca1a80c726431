# Assignment expressions: in conditions, comprehensions (binding in enclosing scope), while loops, precedence.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
items = iter(data)
while (item := next(items, None)) is not None:
    print("item", item)
print([y for x in data if (y := x * 2) > 6], y)
print(any((hit := v) > 7 for v in data), hit)
print(all((miss := v) < 5 for v in data), miss)


def scope_test():
    [inner := i for i in range(3)]
    return inner


print(scope_test())


def outer():
    total = 0

    def add(v):
        nonlocal total
        return (total := total + v)

    add(2)
    add(5)
    return total


print(outer())
print((a := 1, b := 2), a, b)
x = (z := 10) + z
print(x, z)
print(f"{(w := 'walrus')!r} {w}")


def default_walrus(v=(dv := 99)):
    return v


print(default_walrus(), dv)
chunks = []
text = "abcdefg"
pos = 0
while chunk := text[pos:pos + 3]:
    chunks.append(chunk)
    pos += 3
print(chunks)
print([(j, square) for j in range(4) if (square := j * j) % 2 == 0])
for bad in ["[i := 0 for i in range(3)]", "x.y := 1", "(a[0] := 1)"]:
    try:
        compile(bad, "<test>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)


class K:
    vals = [(t := 1)]


print(K.vals, "t" in K.__dict__)
