# The compiling tier writes a branch with one way in where control reaches it (nested host ifs)
# and dispatches only to loop headers, resume points and merge points: every shape of control
# flow -- long chains of guard clauses (nested past the limit), if/elif/else ladders, loops with
# break/continue/else, nested loops, a loop made hot in the middle of a call (on-stack
# replacement), yields inside branches, try/except/finally in loops, match -- gives CPython's
# results.


def guards(x):
    if x == 0:
        return "zero"
    if x == 1:
        return "one"
    if x == 2:
        return "two"
    if x == 3:
        return "three"
    if x == 4:
        return "four"
    if x == 5:
        return "five"
    if x == 6:
        return "six"
    if x == 7:
        return "seven"
    if x == 8:
        return "eight"
    if x == 9:
        return "nine"
    if x == 10:
        return "ten"
    if x == 11:
        return "eleven"
    if x == 12:
        return "twelve"
    if x == 13:
        return "thirteen"
    if x == 14:
        return "fourteen"
    if x == 15:
        return "fifteen"
    if x == 16:
        return "sixteen"
    if x == 17:
        return "seventeen"
    if x == 18:
        return "eighteen"
    if x == 19:
        return "nineteen"
    if x == 20:
        return "twenty"
    if x == 21:
        return "twenty-one"
    if x == 22:
        return "twenty-two"
    if x == 23:
        return "twenty-three"
    if x == 24:
        return "twenty-four"
    if x == 25:
        return "twenty-five"
    if x == 26:
        return "twenty-six"
    if x == 27:
        return "twenty-seven"
    if x == 28:
        return "twenty-eight"
    if x == 29:
        return "twenty-nine"
    if x == 30:
        return "thirty"
    if x == 31:
        return "thirty-one"
    if x == 32:
        return "thirty-two"
    if x == 33:
        return "thirty-three"
    if x == 34:
        return "thirty-four"
    if x == 35:
        return "thirty-five"
    if x == 36:
        return "thirty-six"
    if x == 37:
        return "thirty-seven"
    if x == 38:
        return "thirty-eight"
    if x == 39:
        return "thirty-nine"
    if x == 40:
        return "forty"
    if x == 41:
        return "forty-one"
    if x == 42:
        return "forty-two"
    if x == 43:
        return "forty-three"
    if x == 44:
        return "forty-four"
    return "many"


def ladder(x):
    if x < 0:
        kind = "negative"
    elif x == 0:
        kind = "zero"
    elif x % 2 and x > 10:
        kind = "big odd"
    elif x % 2:
        kind = "odd"
    else:
        kind = "even"
    return kind + ("!" if x % 7 == 0 else "")


def loops(n):
    found = []
    for i in range(n):
        if i % 3 == 0:
            continue
        for j in range(i):
            if j * j > i:
                break
            if (i + j) % 5 == 0:
                found.append((i, j))
        else:
            found.append(-i)
        if len(found) > 30:
            break
    else:
        found.append("no break")
    k = 0
    while k < n:
        k += 3 if k % 2 else 1
        if k == 7:
            continue
    return found, k


def long_loop(n):
    # hot in its first call: continued compiled from the back edge
    total = 0
    i = 0
    while i < n:
        if i % 2:
            total += i
        elif i % 3:
            total -= 1
        else:
            total ^= i
        i += 1
    return total


def branches_with_yields(n):
    for i in range(n):
        if i % 2:
            sent = yield ("odd", i)
            if sent:
                yield ("sent", sent)
        elif i % 3 == 0:
            yield ("three", i)
        else:
            continue
    yield "end"


def handlers(values):
    out = []
    for v in values:
        try:
            if v == 0:
                raise ValueError("zero")
            out.append(10 // v)
        except ValueError as e:
            out.append(str(e))
        except ZeroDivisionError:
            out.append("never")
        finally:
            out.append("f")
    return out


def matches(value):
    match value:
        case 0 | 1:
            return "small"
        case [x, y] if x < y:
            return "rising pair"
        case [x, y]:
            return "pair"
        case {"k": v}:
            return "mapping %s" % v
        case str() as s if len(s) > 3:
            return "long string"
        case _:
            return "other"


for _ in range(60):
    results = [guards(x) for x in (0, 7, 21, 38, 44, 45, -1)]
    ladders = [ladder(x) for x in (-3, 0, 13, 5, 14, 21)]
print(results)
print(ladders)
print(loops(40))
print(long_loop(5000), long_loop(3))
g = branches_with_yields(8)
print(next(g), next(g), g.send("hi"), list(g))
for _ in range(60):
    h = handlers([1, 0, 5, 3])
print(h)
for _ in range(60):
    m = [matches(v) for v in (0, [1, 2], [2, 1], {"k": 3}, "long", "ab", 4.5)]
print(m)
