# Uncaught exception from __exit__ while another propagates out of a with body: chained traceback output.
class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("begin", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("rollback", self.name, exc_type.__name__ if exc_type else None)
        if exc_type is not None:
            raise RuntimeError(f"rollback of {self.name} failed")
        return False


with Transaction("first"):
    print("body ok")
with Transaction("second") as tx:
    values = [1, 2, 3]
    print(values[len(values)])
