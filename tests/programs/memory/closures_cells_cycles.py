# Closures that reference themselves (recursive inner functions) form cycles through cells; the collector frees them and their finalizable payload.
import gc


class Payload:
    def __del__(self):
        print("payload freed")


def make():
    payload = Payload()

    def recurse(n):
        return payload if n == 0 else recurse(n - 1)
    return recurse


gc.collect()
f = make()
print(type(f(3)).__name__)
del f
print("dropped the closure")
print("collected", gc.collect() > 0)
print("end")
