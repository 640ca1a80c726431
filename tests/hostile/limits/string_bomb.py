# category: limits
# must: a huge string is refused before it is allocated
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
        x = 'x' * 10**11
    except BaseException as e:
        print("caught", type(e).__name__)
    finally:
        print("finally ran")
try:
    runaway()
except BaseException:
    print("caught outside")
