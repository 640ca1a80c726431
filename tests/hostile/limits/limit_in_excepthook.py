# category: limits
# must: a guest sys.excepthook is not used to report a limit, and cannot loop
# args: --max-instructions 20000
# expect-status: 1
# expect-stderr: snakevm.ResourceLimitExceeded: instruction limit of 20000 exceeded
import sys
def hook(*a):
    print("hook ran")
    while True:
        pass
sys.excepthook = hook
while True:
    pass
