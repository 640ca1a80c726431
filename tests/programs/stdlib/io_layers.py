# io: the stack built by hand -- a guest RawIOBase under BufferedReader/TextIOWrapper, writers, RWPair, decoders.
import io, codecs
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
r = io.BufferedReader(Raw(b"abcdefghij\nklm"))
print(r.read(4), r.readline(), r.read(), r.read())
t = io.TextIOWrapper(io.BufferedReader(Raw("héllo\nwörld".encode())), encoding="utf-8")
print(list(t))
print(Raw(b"xyz").read(), Raw(b"xyz").readall(), Raw(b"a\nb").readlines(), list(Raw(b"1\n2")))
w = io.BufferedWriter(io.BytesIO(), buffer_size=4); w.write(b"ab"); print(w.raw.getvalue()); w.write(b"cdef"); print(w.raw.getvalue()); w.flush(); print(w.raw.getvalue())
rw = io.BufferedRandom(io.BytesIO(b"0123456789")); print(rw.read(3), rw.tell()); rw.write(b"XY"); print(rw.tell()); rw.seek(0); print(rw.read())
pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO()); print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-16", newline="\r\n"); t.write("a\nb"); t.flush(); print(t.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO("é\nzz\n".encode("latin-1")), encoding="latin-1"); print(repr(t.readline()), t.tell(), repr(t.read()), t.encoding)
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="ascii"); t.reconfigure(encoding="utf-8"); print(t.encoding, t.read())
d = io.IncrementalNewlineDecoder(None, translate=True); print(repr(d.decode("a\r")), repr(d.decode("\nb", final=True)), d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=False); print(repr(d.decode(b"x\r\n\xc3")), repr(d.decode(b"\xa9", True)), d.newlines)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase), issubclass(io.FileIO, io.RawIOBase), io.DEFAULT_BUFFER_SIZE)
print([c.__name__ for c in io.UnsupportedOperation.__mro__])
try:
    io.BytesIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
for kw in [dict(newline="x"), dict(newline=5), dict(errors=5), dict(encoding="hex"), dict(encoding="nope")]:
    try:
        io.TextIOWrapper(io.BytesIO(), **kw)
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
