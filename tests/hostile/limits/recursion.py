# category: limits
# must: deep recursion past the cap ends the run, even with a raised recursion limit
# args: --max-recursion 400
# expect-status: 1
# expect-stderr: snakevm.ResourceLimitExceeded: recursion depth limit of 400 exceeded
import atexit
atexit.register(print, "atexit ran")
class Witness:
    def __del__(self):
        print("__del__ ran")
w = Witness()
def runaway():
    try:
        __import__('sys').setrecursionlimit(10**6)
        def f(): f()
        f()
    except BaseException as e:
        print("caught", type(e).__name__)
    finally:
        print("finally ran")
try:
    runaway()
except BaseException:
    print("caught outside")
