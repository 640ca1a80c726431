# Preemption: a thread spinning in pure Python without blocking calls still lets the others run (switch interval).
import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
flag = []
counts = {}


def spinner(name):
    n = 0
    while not flag:
        n += 1
    counts[name] = n > 0


ts = [threading.Thread(target=spinner, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
total = 0
for i in range(20000):
    total += i
flag.append(True)
for t in ts:
    t.join()
print(total, sorted(counts.items()))
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
