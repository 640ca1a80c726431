# Event and Semaphore/BoundedSemaphore: waiting, setting, clearing; at most N threads inside; over-release.
import threading
import time

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
waiters = []


def waiter(i):
    waiters.append((i, ev.wait(5)))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
time.sleep(0.05)
ev.set()
for t in ts:
    t.join()
print(sorted(waiters), ev.is_set())
ev.clear()
print(ev.is_set())
sem = threading.Semaphore(2)
inside = [0]
most = [0]
guard = threading.Lock()


def limited():
    with sem:
        with guard:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.01)
        with guard:
            inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("at most 2 inside", 1 <= most[0] <= 2)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
print(threading.Semaphore(0).acquire(timeout=0.01))
