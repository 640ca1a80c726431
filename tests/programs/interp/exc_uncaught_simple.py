# Uncaught exception at module level after output: traceback format, carets, exit status 1.
import sys

data = {"alpha": 1, "beta": 2}
print("looking up keys")
for key in ["alpha", "beta"]:
    print(key, data[key])
sys.stdout.flush()
total = data["alpha"] + data["gamma"]
print("never printed", total)
