"""heapq and bisect over the native _heapq/_bisect: results, max-heap helpers,
keys, errors, and comparisons that mutate the heap."""
import bisect
import heapq
import random

random.seed(7)
data = [random.randrange(1000) for _ in range(300)]

heap = []
for x in data:
    heapq.heappush(heap, x)
print(heap[:10])
print([heapq.heappop(heap) for _ in range(10)])
heap = list(data)
heapq.heapify(heap)
print(heap[:10], heapq.heapreplace(heap, 500), heapq.heappushpop(heap, -1), heapq.heappushpop(heap, 2000))
heap = list(data)
heapq._heapify_max(heap)
print(heap[:5], heapq._heappop_max(heap), heapq._heapreplace_max(heap, 0), heap[:5])
print(heapq.nsmallest(5, data), heapq.nlargest(5, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), heapq.heappushpop([], 3))
print(sorted(heapq.__all__))


class Evil:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return True


for func, args in ((heapq.heappush, ((), 1)), (heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)),
                   (heapq.heapify, (None,)), (heapq.heappush, ([1, 2],)),
                   (bisect.bisect_right, ([], 1, -1)), (bisect.bisect_left, ([1], 1, 0, 'x')),
                   (bisect.bisect, (5, 1)), (bisect.bisect_right, ([1, 2], 1, 0, 5)),
                   (bisect.insort, ([1, 2], 1, 'a')), (heapq.heappop, ([1, "a", 2],))):
    try:
        print(func.__name__, func(*args))
    except Exception as e:
        print(func.__name__, type(e).__name__, e)

heap = [1, 2, 3]
heap.append(Evil(heap))
try:
    heapq.heappush(heap, 0)
except Exception as e:
    print(type(e).__name__, e, heap)
h = [Evil(None) for _ in range(4)]
for item in h:
    item.heap = h
try:
    heapq.heapify(h)
except Exception as e:
    print(type(e).__name__, e)

a = sorted(data)
print(bisect.bisect_left(a, 500), bisect.bisect_right(a, 500), bisect.bisect(a, 500, 10, 100))
print(bisect.bisect_left(a, 500, hi=-1), bisect.bisect_right(a, 999, lo=5))
records = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]))
bisect.insort_left(records, ("x", 3), key=lambda r: r[1])
bisect.insort_right(records, ("y", 3), key=lambda r: r[1])
print(records)


class Seq:
    def __init__(self):
        self.items = [1, 3, 5]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)


s = Seq()
bisect.insort(s, 4)
print(s.items, bisect.bisect(range(0, 100, 5), 42), bisect.bisect_left("acegi", "d"))
