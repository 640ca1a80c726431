# Threads: start, join, results gathered from several threads; names, idents, is_alive, active_count.
import threading

results = {}


def work(n):
    results[n] = sum(range(n * 1000))


threads = [threading.Thread(target=work, args=(i,), name="worker-%d" % i) for i in range(5)]
print([t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.name for t in threads], [t.is_alive() for t in threads])
print(all(isinstance(t.ident, int) for t in threads), threading.active_count())
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
t.join(timeout=5)
print(repr(threading.Thread(name="x", daemon=True))[:22])
