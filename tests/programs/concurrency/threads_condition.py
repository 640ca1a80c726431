# Condition: producer/consumer with wait, wait_for, notify and notify_all; the consumers see every item.
import threading

cond = threading.Condition()
items = []
consumed = []
done = False


def consumer(name):
    while True:
        with cond:
            cond.wait_for(lambda: items or done)
            if not items:
                return
            consumed.append(items.pop(0))


consumers = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for c in consumers:
    c.start()
for i in range(30):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    done = True
    cond.notify_all()
for c in consumers:
    c.join()
print(sorted(consumed) == list(range(30)), len(consumed))
with cond:
    print(cond.wait(timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
