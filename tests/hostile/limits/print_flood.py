# category: limits
# must: an output flood is cut at the output limit
# args: --max-output 2000
# expect-status: 1
# expect-stderr: snakevm.ResourceLimitExceeded: output limit of 2000 bytes exceeded
import atexit
atexit.register(print, "atexit ran")
class Witness:
    def __del__(self):
        print("__del__ ran")
w = Witness()
def runaway():
    try:
        while True: print('x' * 50)
    except BaseException as e:
        print("caught", type(e).__name__)
    finally:
        print("finally ran")
try:
    runaway()
except BaseException:
    print("caught outside")
