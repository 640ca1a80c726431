# category: limits
# must: a long sleep ends at the time limit
# args: --max-time 0.5
# expect-status: 1
# expect-stderr: snakevm.ResourceLimitExceeded: time limit of 0.5 s exceeded
import atexit
atexit.register(print, "atexit ran")
class Witness:
    def __del__(self):
        print("__del__ ran")
w = Witness()
def runaway():
    try:
        __import__('time').sleep(3600)
    except BaseException as e:
        print("caught", type(e).__name__)
    finally:
        print("finally ran")
try:
    runaway()
except BaseException:
    print("caught outside")
