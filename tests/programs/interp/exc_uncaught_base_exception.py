# Uncaught custom BaseException subclass (not an Exception): traceback printed and exit status 1.
class Abort(BaseException):
    pass


def step(n):
    if n == 3:
        raise Abort(f"aborted at step {n}")
    return n


try:
    for i in range(5):
        print("step", step(i))
except Exception:
    print("not caught by except Exception")
finally:
    print("finally before traceback")
