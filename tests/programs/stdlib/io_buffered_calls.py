# io: the exact readinto/write/seek/tell calls Buffered{Reader,Writer,Random} make on a guest raw stream, and raw-protocol errors.
import io


class Raw(io.RawIOBase):
    """A seekable in-memory raw stream that logs every call the buffer makes."""
    def __init__(self, data, chunk=None):
        self.data = bytearray(data)
        self.pos = 0
        self.chunk = chunk
        self.log = []
    def readable(self):
        return True
    def writable(self):
        return True
    def seekable(self):
        return True
    def readinto(self, b):
        n = len(b) if self.chunk is None else min(len(b), self.chunk)
        piece = self.data[self.pos:self.pos + n]
        b[:len(piece)] = piece
        self.pos += len(piece)
        self.log.append(("readinto", len(b), len(piece)))
        return len(piece)
    def write(self, b):
        b = bytes(b)
        self.log.append(("write", len(b)))
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        return len(b)
    def seek(self, pos, whence=0):
        self.log.append(("seek", pos, whence))
        self.pos = pos if whence == 0 else self.pos + pos if whence == 1 else len(self.data) + pos
        return self.pos
    def tell(self):
        self.log.append(("tell",))
        return self.pos


def step(label, raw, func):
    try:
        result = func()
    except Exception as e:
        result = "%s: %s" % (type(e).__name__, e)
    print(label, repr(result) if not isinstance(result, bytes) else len(result), raw.log)
    raw.log.clear()


r = Raw(bytes(range(256)) * 40)
b = io.BufferedReader(r, buffer_size=16)
step("init", r, lambda: None)
for label, func in [("read 5", lambda: b.read(5)), ("peek", b.peek), ("read 20", lambda: b.read(20)),
                    ("read1 3", lambda: b.read1(3)), ("read1 100", lambda: b.read1(100)),
                    ("read 40", lambda: b.read(40)), ("readinto 50", lambda: b.readinto(bytearray(50))),
                    ("readinto1 50", lambda: b.readinto1(bytearray(50))), ("tell", b.tell),
                    ("seek 3", lambda: b.seek(3)), ("seek +1", lambda: b.seek(1, 1)),
                    ("readline", b.readline), ("seek +10", lambda: b.seek(10, 1)),
                    ("seek -5 end", lambda: b.seek(-5, 2)), ("read", b.read), ("read eof", lambda: b.read(3))]:
    step(label, r, func)

r = Raw(b"abc\ndef\nghi", chunk=2)
b = io.BufferedReader(r, buffer_size=4)
step("lines", r, lambda: list(b))

r = Raw(b"")
w = io.BufferedWriter(r, buffer_size=8)
step("writer init", r, lambda: None)
for piece in (b"ab", b"cdefg", b"hi", b"0123456789abcdef", b"x"):
    step("write %d" % len(piece), r, lambda: w.write(piece))
for label, func in [("tell", w.tell), ("flush", w.flush), ("seek", lambda: w.seek(2)),
                    ("write", lambda: w.write(b"ZZ")), ("close", w.close)]:
    step(label, r, func)
print(bytes(r.data))

r = Raw(b"0123456789" * 5)
rw = io.BufferedRandom(r, buffer_size=8)
step("random init", r, lambda: None)
for label, func in [("read 3", lambda: rw.read(3)), ("write AB", lambda: rw.write(b"AB")), ("tell", rw.tell),
                    ("read 4", lambda: rw.read(4)), ("peek", lambda: rw.peek(2)),
                    ("write CD", lambda: rw.write(b"CD")), ("seek 0", lambda: rw.seek(0)),
                    ("read 12", lambda: rw.read(12)), ("truncate", lambda: rw.truncate(20)), ("flush", rw.flush)]:
    step(label, r, func)
print(bytes(r.data))


class NoneRaw(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        return None


class BadWrite(io.RawIOBase):
    def writable(self):
        return True
    def write(self, b):
        return -1


class BadTell(io.RawIOBase):
    def readable(self):
        return True
    def seekable(self):
        return True
    def tell(self):
        return -3
    def readinto(self, b):
        return 0


class NotTrue(io.RawIOBase):
    def readable(self):
        return 1


for label, func in [("readinto None", lambda: io.BufferedReader(NoneRaw()).read(5)),
                    ("readinto None all", lambda: io.BufferedReader(NoneRaw()).read()),
                    ("write -1", lambda: (lambda w: (w.write(b"x"), w.flush()))(io.BufferedWriter(BadWrite()))),
                    ("tell -3", lambda: io.BufferedReader(BadTell()).tell()),
                    ("readable() == 1", lambda: io.BufferedReader(NotTrue())),
                    ("buffer_size 0", lambda: io.BufferedReader(Raw(b""), 0)),
                    ("reader.writable", lambda: io.BufferedReader(Raw(b"")).writable()),
                    ("writer.readable", lambda: io.BufferedWriter(Raw(b"")).readable()),
                    ("writer.read", lambda: io.BufferedWriter(Raw(b"")).read()),
                    ("reader.truncate", lambda: io.BufferedReader(Raw(b"")).truncate())]:
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)
