# ThreadPoolExecutor: futures cancelled before they run, callbacks, results from a pool used inside another thread.
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    blocker = ex.submit(gate.wait, 5)
    queued = ex.submit(print, "never runs")
    print("cancelled", queued.cancel(), queued.cancelled())
    seen = []
    blocker.add_done_callback(lambda f: seen.append(f.result()))
    gate.set()
print(seen)
out = []


def uses_pool():
    with ThreadPoolExecutor(2) as inner:
        out.extend(inner.map(str.upper, ["a", "b"]))


t = threading.Thread(target=uses_pool)
t.start()
t.join()
print(out)
