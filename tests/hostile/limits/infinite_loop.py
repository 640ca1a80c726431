# category: limits
# must: an infinite loop is stopped by the instruction limit; no handler, finally, __del__ or atexit runs
# args: --max-instructions 50000
# expect-status: 1
# expect-stderr: snakevm.ResourceLimitExceeded: instruction limit of 50000 exceeded
import atexit
atexit.register(print, "atexit ran")
class Witness:
    def __del__(self):
        print("__del__ ran")
w = Witness()
def runaway():
    try:
        while True: pass
    except BaseException as e:
        print("caught", type(e).__name__)
    finally:
        print("finally ran")
try:
    runaway()
except BaseException:
    print("caught outside")
