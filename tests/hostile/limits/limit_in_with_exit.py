# category: limits
# must: __exit__ does not run when a limit is exceeded inside a with block
# args: --max-instructions 20000
# expect-status: 1
# expect-stderr: snakevm.ResourceLimitExceeded: instruction limit of 20000 exceeded
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("__exit__ ran")
        return True
with CM():
    while True:
        pass
print("after with")
