# Timer (fires, or is cancelled) and threading.local (each thread its own attributes).
import threading

fired = []
t = threading.Timer(0.01, fired.append, args=("fired",))
t.start()
t.join()
c = threading.Timer(10, fired.append, args=("never",))
c.start()
c.cancel()
c.join()
print(fired, t.finished.is_set())
data = threading.local()
data.value = "main"
seen = []


def visit(i):
    print_ok = not hasattr(data, "value")
    data.value = i
    seen.append((i, print_ok, data.value))


ts = [threading.Thread(target=visit, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen), data.value)


class MyLocal(threading.local):
    def __init__(self, start):
        self.count = start


m = MyLocal(10)
out = []


def use():
    m.count += 1
    out.append(m.count)


t = threading.Thread(target=use)
t.start()
t.join()
print(out, m.count)
