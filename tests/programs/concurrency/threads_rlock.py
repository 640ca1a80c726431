# RLock: re-entrant in its owner, released only by it, waited for by others.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
order = []
tried = threading.Event()
r.acquire()


def other():
    print("other got it:", r.acquire(timeout=0.05))
    tried.set()
    with r:
        order.append("other")


t = threading.Thread(target=other)
t.start()
tried.wait()
order.append("main")
r.release()
t.join()
print(order)


def not_owner():
    try:
        r.release()
    except RuntimeError as e:
        print("not owner:", e)


r.acquire()
t = threading.Thread(target=not_owner)
t.start()
t.join()
r.release()
