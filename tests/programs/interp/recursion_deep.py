# Deep recursion: 15000 nested guest frames after raising the limit; results must match exactly.
import sys

sys.setrecursionlimit(20000)
print(sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(15000))


def sum_list(items, i=0):
    if i == len(items):
        return 0
    return items[i] + sum_list(items, i + 1)


print(sum_list(list(range(12000))))


def build_nested(n):
    return [] if n == 0 else [build_nested(n - 1)]


nested = build_nested(5000)
count = 0
while nested:
    nested = nested[0]
    count += 1
print(count)


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node

    def length(self):
        return 1 + (self.next.length() if self.next else 0)


head = None
for v in range(14000):
    head = Node(v, head)
print(head.length())


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))
