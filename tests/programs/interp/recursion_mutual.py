# Mutual and indirect recursion, recursion through generators, methods and comprehensions.
import sys

sys.setrecursionlimit(5000)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(1000), is_odd(1001), is_even(7))


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10, "a", "c", "b", [])), hanoi(2, "a", "c", "b", []))


def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
deep = 0
for _ in range(500):
    deep = [deep]
print(list(flatten(deep)))


class Tree:
    def __init__(self, *children):
        self.children = children

    def size(self):
        return 1 + sum(c.size() for c in self.children)


print(Tree(Tree(), Tree(Tree(), Tree())).size())


def perms(items):
    if len(items) <= 1:
        return [items]
    return [[items[i]] + p for i in range(len(items)) for p in perms(items[:i] + items[i + 1:])]


print(perms([1, 2, 3]))


def ping(n, log):
    log.append("ping")
    return pong(n - 1, log) if n else log


def pong(n, log):
    log.append("pong")
    return ping(n - 1, log) if n else log


print(ping(5, []))


def memo_fib(n, cache={}):
    if n < 2:
        return n
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]


print(memo_fib(300))
