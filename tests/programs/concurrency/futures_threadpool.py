# concurrent.futures.ThreadPoolExecutor: map, submit, as_completed, exceptions, wait, shutdown.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
import time


def square(x):
    return x * x


def fails(x):
    raise ValueError("bad %d" % x)


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futures = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futures)))
    bad = ex.submit(fails, 7)
    try:
        bad.result()
    except ValueError as e:
        print("ValueError", e, type(bad.exception()).__name__)
    slow = ex.submit(time.sleep, 0.05)
    done, pending = wait([bad, slow], return_when=FIRST_EXCEPTION)
    print(bad in done)
    print(slow.result(), slow.done())
ex2 = ThreadPoolExecutor(2)
f = ex2.submit(sum, [1, 2, 3])
ex2.shutdown(wait=True)
print(f.result())
try:
    ex2.submit(sum, [])
except RuntimeError as e:
    print("RuntimeError", e)
