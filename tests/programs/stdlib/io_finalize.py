# io: files the program drops are flushed and closed as in CPython (open(p, "w").write(s)), and open guest io objects are closed at exit.
import atexit
import io
import os

D = "/tmp/snakevm_io_finalize_%d" % os.getpid()     # one directory per run: runs may overlap
if os.path.isdir(D):
    for name in os.listdir(D):
        os.remove(os.path.join(D, name))
    os.rmdir(D)
os.mkdir(D)
p = os.path.join(D, "a.txt")
open(p, "w").write("idiom data")
print(repr(open(p).read()))


def append():
    f = open(p, "a", encoding="utf-8")
    f.write("+more é")


append()
print(repr(open(p, encoding="utf-8").read()))
open(p, "wb").write(b"binary")
print(open(p, "rb").read())
b = open(p, "ab", buffering=0)
b.write(b"+raw")
del b
print(open(p, "rb").read())


class Noisy(io.RawIOBase):
    def close(self):
        print("closing", type(self).__name__, self.closed)
        super().close()


class NoisyText(io.TextIOBase):
    def close(self):
        print("closing", type(self).__name__)
        super().close()


n = Noisy()
t = NoisyText()
kept = open(os.path.join(D, "kept.txt"), "w")
kept.write("written at exit")


def check():
    print("atexit: kept.txt holds", repr(open(os.path.join(D, "kept.txt")).read()))
    for name in os.listdir(D):
        os.remove(os.path.join(D, name))
    os.rmdir(D)


atexit.register(check)
print("end of main")
