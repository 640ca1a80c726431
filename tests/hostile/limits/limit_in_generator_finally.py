# category: limits
# must: a limit exceeded inside a generator runs none of its finally blocks or close()
# args: --max-instructions 20000
# expect-status: 1
# expect-stderr: snakevm.ResourceLimitExceeded: instruction limit of 20000 exceeded
def g():
    try:
        yield 1
        while True:
            pass
    finally:
        print("generator finally ran")
it = g()
next(it)
try:
    next(it)
finally:
    print("outer finally ran")
