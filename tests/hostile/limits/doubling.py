# category: limits
# must: a doubling list is stopped by the memory limit
# args: --max-memory 20M
# expect-status: 1
# expect-stderr: snakevm.ResourceLimitExceeded: memory limit of 20971520 bytes exceeded
import atexit
atexit.register(print, "atexit ran")
class Witness:
    def __del__(self):
        print("__del__ ran")
w = Witness()
def runaway():
    try:
        l = [1]
        while True: l += l
    except BaseException as e:
        print("caught", type(e).__name__)
    finally:
        print("finally ran")
try:
    runaway()
except BaseException:
    print("caught outside")
