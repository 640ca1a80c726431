"""The loop benchmark program (run under CPython and under snakevm by bench_loop.py)."""


def work(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i * 2
        else:
            total -= 1
    return total


print(work(200000))
