# Smoke test: if/elif/else, while, for over range/list/str, break/continue, nested loops.
for i in range(5):
    if i == 0:
        print("zero")
    elif i % 2 == 0:
        print("even", i)
    else:
        print("odd", i)
n = 0
while n < 3:
    n += 1
print("n is", n)
total = 0
for v in [10, 20, 30]:
    total += v
print("total", total)
for ch in "abc":
    print(ch, end=" ")
print()
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print("i", i)
pairs = []
for x in range(3):
    for y in range(3):
        if x == y:
            pairs.append((x, y))
print(pairs)
count = 10
while True:
    count -= 3
    if count < 0:
        break
print("count", count)
