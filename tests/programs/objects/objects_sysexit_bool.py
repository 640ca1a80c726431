# sys.exit(True) and sys.exit(False): bools are ints, so the exit status is 1 (True) — no message printed.
import sys


class Checker:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def failed(self):
        return any(item < 0 for item in self.items)


ok = Checker([1, 2, 3])
bad = Checker([1, -2])
try:
    sys.exit(ok.failed())
except SystemExit as e:
    print("ok run would exit with", repr(e.code))
print("bad run exits with", bad.failed())
sys.stdout.flush()
sys.exit(bad.failed())
