# io: guest subclasses of IOBase/RawIOBase/BufferedIOBase/TextIOWrapper/StringIO, the generic IOBase methods, IncrementalNewlineDecoder, open_code, the std streams' attributes.
import io, abc, sys, os, tempfile, codecs
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
print(io.IOBase.__mro__, type(io.IOBase))
print(issubclass(io.BytesIO, io.IOBase), isinstance(sys.stdout, io.TextIOBase), isinstance(io.BufferedReader(io.BytesIO()), io.BufferedIOBase))
class MyRaw(io.RawIOBase):
    def __init__(self, data):
        self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos+n]; self.pos += n
        return n
r = MyRaw("héllo\nwörld\nlast".encode())
t("raw read", lambda: r.read(2))
t("raw readall", r.readall)
r = MyRaw(b"ab\ncd\nef")
t("raw readline", r.readline)
t("raw lines", lambda: list(r))
t("raw readlines", r.readlines)
r = MyRaw("héllo\nwörld\nlast".encode())
w = io.TextIOWrapper(io.BufferedReader(r), encoding="utf-8")
t("text over raw", w.readlines)
class MyText(io.TextIOWrapper):
    def readline(self, size=-1):
        return super().readline(size).upper()
m = MyText(io.BytesIO(b"a\nb\n"), encoding="ascii")
t("sub lines", lambda: list(m))
class MySIO(io.StringIO):
    def write(self, s):
        return super().write(s[::-1])
s = MySIO()
print("abc", "de", file=s)
t("sub print", s.getvalue)
class NoRead(io.IOBase): pass
n = NoRead()
t("iobase read", lambda: n.read())
t("iobase readline", n.readline)
t("iobase seek", lambda: n.seek(0))
t("iobase tell", n.tell)
t("iobase fileno", n.fileno)
t("iobase flags", lambda: (n.readable(), n.writable(), n.seekable(), n.isatty(), n.closed))
t("iobase enter", lambda: n.__enter__() is n)
t("iobase close", n.close)
t("iobase closed", lambda: n.closed)
t("iobase flush closed", n.flush)
t("iobase iter closed", lambda: iter(n))
t("iobase isatty closed", n.isatty)
t("checks", lambda: io.BytesIO()._checkReadable())
t("checkClosed", lambda: n._checkClosed())
t("checkSeekable", lambda: NoRead()._checkSeekable())
t("checkWritable msg", lambda: NoRead()._checkWritable())
class Peeker(io.BufferedIOBase):
    def __init__(self, data): self.b = io.BytesIO(data)
    def read(self, n=-1): return self.b.read(n)
    def peek(self, n=0): return self.b.getvalue()[self.b.tell():]
t("peek readline", lambda: Peeker(b"xy\nzz").readline())
t("bufferediobase readinto", lambda: (lambda ba: (Peeker(b"12345").readinto(ba), ba))(bytearray(3)))
t("bufferediobase read1", lambda: Peeker(b"1").read1())
t("bufferediobase detach", lambda: Peeker(b"1").detach())
t("bufferediobase write", lambda: Peeker(b"1").write(b""))
# writelines & readlines hints
b = io.BytesIO(b"a\nbb\nccc\ndddd\n")
t("readlines hint", lambda: b.readlines(3))
t("iobase readlines hint", lambda: io.BufferedReader(io.BytesIO(b"a\nbb\nccc\ndddd\n")).readlines(4))
# text_encoding
t("text_encoding", lambda: (io.text_encoding(None), io.text_encoding("utf-8"), io.text_encoding(None, 1)))
# IncrementalNewlineDecoder
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
t("nld", lambda: (d.decode(b"a\r"), d.decode(b"\nb\r"), d.decode(b"", final=True), d.newlines, d.getstate()))
d = io.IncrementalNewlineDecoder(None, translate=False)
t("nld none", lambda: (d.decode("x\r"), d.getstate(), d.decode("\r\n"), d.newlines))
d.setstate((b"", 1))
t("nld setstate", lambda: (d.decode("q"), d.getstate()))
t("nld reset", lambda: (d.reset(), d.newlines, d.getstate()))
t("nld bad", lambda: io.IncrementalNewlineDecoder(None, False).decode(b"x"))
t("nld uninit", lambda: io.IncrementalNewlineDecoder.__new__(io.IncrementalNewlineDecoder).decode("x"))
t("nld bad state", lambda: d.setstate([1]))
t("open_code", lambda: io.open_code(__file__).read(10))
t("open_code bad", lambda: io.open_code(b"x"))
# stdio
t("stdin", lambda: (sys.stdin.mode, sys.stdin.name, sys.stdin.buffer.raw.mode, sys.stdin.readable(), sys.stdin.writable()))
t("stderr", lambda: (sys.stderr.mode, sys.stderr.name, sys.stderr.errors, sys.stderr.line_buffering))
t("stdout fileno", lambda: (sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno()))
t("stdout seekable", sys.stdout.seekable)
print("to stderr", file=sys.stderr)
sys.stdout.write("partial ")
sys.stderr.write("err2\n")
print("end")
sys.stdout.buffer.write(b"bytes line\n")
print("after bytes")
