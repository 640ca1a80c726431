# with statements: exceptions raised in __enter__ and __exit__, replacing exceptions, exit ordering.
class Failing:
    def __init__(self, where):
        self.where = where

    def __enter__(self):
        if self.where == "enter":
            raise ValueError("enter failed")
        return self

    def __exit__(self, et, ev, tb):
        print("exit called with", et.__name__ if et else None)
        if self.where == "exit":
            raise KeyError("exit failed")
        return False


try:
    with Failing("enter"):
        print("not reached")
except ValueError as e:
    print("from enter:", e)
try:
    with Failing("exit"):
        print("body ran")
except KeyError as e:
    print("from exit:", e, "context:", e.__context__)
try:
    with Failing("exit"):
        raise TypeError("body error")
except KeyError as e:
    print("from exit:", e, "context:", repr(e.__context__))


class Logged:
    log = []

    def __init__(self, n):
        self.n = n

    def __enter__(self):
        Logged.log.append(f"enter {self.n}")
        return self

    def __exit__(self, *exc):
        Logged.log.append(f"exit {self.n} {exc[0].__name__ if exc[0] else ''}")


try:
    with Logged(1), Logged(2), Failing("enter"), Logged(3):
        pass
except ValueError:
    pass
print(Logged.log)


class ExitReturnsNone:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return None


try:
    with ExitReturnsNone() as nothing:
        print("as target got", nothing)
        raise IndexError("not suppressed")
except IndexError as e:
    print("propagated", e)


class ReplacingExit:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError("replaced " + type(ev).__name__) from ev


try:
    with ReplacingExit():
        raise OSError("io")
except RuntimeError as e:
    print(e, repr(e.__cause__))
