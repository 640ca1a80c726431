# while loops: else clause runs only without break, continue, nested loops, loop over mutable state.
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)
n = 0
evens = []
while n < 10:
    n += 1
    if n % 2:
        continue
    evens.append(n)
else:
    print("else after continue-only loop", evens)
while False:
    print("never")
else:
    print("else of a loop that never ran")
i = 0
found = []
while i < 4:
    j = 0
    while j < 4:
        if j > i:
            break
        if (i + j) % 2 == 0:
            found.append((i, j))
        j += 1
    else:
        found.append("inner else at i=%d" % i)
    i += 1
print(found)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())


def search(limit):
    k = 0
    while True:
        k += 1
        if k * k > limit:
            return k
        if k > 100:
            break
    return None


print(search(50), search(10 ** 6))
count = 0
while count < 5:
    count += 1
    try:
        if count == 2:
            continue
        if count == 4:
            break
    finally:
        print("finally", count)
print("done", count)
