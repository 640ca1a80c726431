# Barrier: parties meet, the action runs once, wait() indices are distinct; abort breaks it.
import threading

actions = []
b = threading.Barrier(3, action=lambda: actions.append("action"))
indices = []


def party():
    indices.append(b.wait())


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions, b.broken, b.parties, b.n_waiting)
b2 = threading.Barrier(2)
errors = []


def waits():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")


t = threading.Thread(target=waits)
t.start()
while b2.n_waiting == 0:
    pass
b2.abort()
t.join()
print(errors, b2.broken)
try:
    threading.Barrier(1).wait(timeout=1)
    print("one party passes")
except Exception as e:
    print(type(e).__name__)
