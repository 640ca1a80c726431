# Two CPU-bound threads both make progress while they run (the GIL changes hands), and the result is exact.
import threading
import time

progress = {0: 0, 1: 0}
stop = []


def count(i):
    while not stop:
        progress[i] += 1


ts = [threading.Thread(target=count, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
deadline = time.monotonic() + 30           # (both must move while the other runs)
while not all(progress.values()) and time.monotonic() < deadline:
    time.sleep(0.01)
stop.append(1)
for t in ts:
    t.join()
print(all(v > 0 for v in progress.values()))
