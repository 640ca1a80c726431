# An exception raised in a function and caught in its caller leaves no cycle: the raising
# frame's values are dropped as the error leaves it (CPython pops them), so the exception,
# its traceback and the frames it shows are freed by reference counting -- in compiled code
# too, where the raising frame is made at the raise (pure-Python pickle's _Stop does this).
import gc


class Stop(Exception):
    def __init__(self, value):
        self.value = value


class Loader:
    def stop(self):
        raise Stop(5)

    def load(self):
        try:
            while True:
                self.stop()
        except Stop as stopinst:
            return stopinst.value


def nested(depth):
    if depth == 0:
        raise ValueError(Loader())
    return nested(depth - 1) + 1


gc.collect()
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
for _ in range(3):
    print(Loader().load())
    try:
        nested(4)
    except ValueError as e:
        print(type(e.args[0]).__name__)
print("garbage:", gc.collect(), sorted(type(x).__name__ for x in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
gc.enable()
