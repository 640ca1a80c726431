# queue: FIFO, LIFO and priority queues across threads; task_done/join; Empty/Full with timeouts; SimpleQueue.
import queue
import threading

q = queue.Queue()
results = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
q.join()
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print(sorted(results) == [i * i for i in range(20)])
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
small = queue.Queue(maxsize=1)
small.put(1)
try:
    small.put(2, timeout=0.01)
except queue.Full:
    print("Full")
small.get()
try:
    small.get(timeout=0.01)
except queue.Empty:
    print("Empty")
sq = queue.SimpleQueue()
threading.Thread(target=lambda: [sq.put(i) for i in range(5)]).start()
print([sq.get(timeout=5) for _ in range(5)])
