"""Classes called from compiled code (--jit=on|always make a plain class's instance
and call its __init__ directly): the same instances, errors, tracebacks, frames and
finalizer timing as type.__call__ gives, and the classes that must not take that path
(their own __new__, a metaclass __call__, abstract classes, no __init__)."""

import abc
import sys
import traceback


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
        self.caller = sys._getframe(1).f_code.co_name


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class BadInit:
    def __init__(self):
        return 42


class Raising:
    def __init__(self, value):
        raise ValueError("no %r" % value)


class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj

    def __init__(self, *args):
        self.seen = len(args)


class Meta(type):
    def __call__(cls, *args):
        return ("made by Meta", args)


class ByMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass

    def __init__(self):
        pass


class NoInit:
    pass


def build(i):
    p = Point(i, y=i) if i % 2 else Point(i)
    return p.x + p.y, p.caller


def main():
    total = [build(i) for i in range(80)]
    print(total[-3:])
    for i in range(60):
        n = Noisy("n%d" % i)
        if i >= 57:
            print("made", n.name)
    del n
    for cls, args in ((BadInit, ()), (Raising, (1,)), (Abstract, ()), (NoInit, (1,)),
                      (Point, ()), (Point, (1, 2, 3))):
        try:
            for _ in range(55):
                obj = cls(*args)
            print("made", type(obj).__name__)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        Raising("x")
    except ValueError:
        print([line.split(",")[-1].strip() for line in traceback.format_exc().splitlines()
               if line.strip().startswith("File")])
    for _ in range(55):
        w = WithNew(1, 2)
        m = ByMeta(5)
    print(w.args, w.seen, m, NoInit().__class__.__name__)


main()
print("end")
