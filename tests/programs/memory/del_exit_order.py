# Objects still referenced by module globals are finalized at exit, after atexit callbacks; underscore names go first.
import atexit


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


atexit.register(print, "atexit callback")
first = Noisy("first")
_private = Noisy("_private")
second = Noisy("second")
print("end of module")
