# category: limits
# must: list() of an endless iterator is stopped by the memory limit
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
        list(__import__('itertools').repeat(1))
    except BaseException as e:
        print("caught", type(e).__name__)
    finally:
        print("finally ran")
try:
    runaway()
except BaseException:
    print("caught outside")
