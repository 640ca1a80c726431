"""Adapted from pyperformance's bm_generators: a tree walked by recursive generators
(yield from), and a chain of generator expressions."""

import sys


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(values):
    if not values:
        return None
    mid = len(values) // 2
    return Tree(tree(values[:mid]), values[mid], tree(values[mid + 1:]))


def main(n):
    root = tree(list(range(n)))
    total = 0
    for _ in range(4):
        total += sum(v for v in root if v % 2 == 0)
    squares = (x * x for x in range(n))
    evens = (x for x in squares if x % 3)
    return total, sum(evens)


N = int(sys.argv[1]) if len(sys.argv) > 1 else 15000
print(main(N))
