# Exceptions leaving except blocks are released (the name is deleted); an exception in __del__ is reported as unraisable and ignored.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Boom(Exception):
    def __init__(self, payload):
        self.payload = payload


try:
    raise Boom(Noisy("payload"))
except Boom as e:
    print("caught", e.payload.name)
print("after except")


class BadDel:
    def __del__(self):
        raise ValueError("from __del__")


sys.unraisablehook = lambda args: print("unraisable:", args.exc_type.__name__, args.exc_value,
                                        args.err_msg)
x = BadDel()
del x
print("still running")
