# category: limits
# must: a huge power is refused before it is computed
# args: --max-memory 50M
# expect-status: 1
# expect-stderr: snakevm.ResourceLimitExceeded: memory limit of 52428800 bytes exceeded
import atexit
atexit.register(print, "atexit ran")
class Witness:
    def __del__(self):
        print("__del__ ran")
w = Witness()
def runaway():
    try:
        x = 7 ** 10**12
    except BaseException as e:
        print("caught", type(e).__name__)
    finally:
        print("finally ran")
try:
    runaway()
except BaseException:
    print("caught outside")
