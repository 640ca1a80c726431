# io: TextIOWrapper writing -- what reaches buffer.write/flush with line_buffering, write_through, chunking, newline translation, reconfigure, encode errors.
import io


class Recorder(io.BytesIO):
    def write(self, b):
        print("   buffer.write", bytes(b))
        return super().write(b)
    def flush(self):
        print("   buffer.flush")
        return super().flush()


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


keep = []                      # wrappers stay referenced: no flush when one is dropped
lb = io.TextIOWrapper(Recorder(), encoding="ascii", line_buffering=True)
keep.append(lb)
show("lb 'ab'", lambda: lb.write("ab"))
show("lb 'c\\nd'", lambda: lb.write("c\nd"))
show("lb 'e\\r'", lambda: lb.write("e\r"))
wt = io.TextIOWrapper(Recorder(), encoding="ascii", write_through=True)
keep.append(wt)
show("wt 'ab'", lambda: wt.write("ab"))
show("wt ''", lambda: wt.write(""))
plain = io.TextIOWrapper(Recorder(), encoding="ascii")
keep.append(plain)
plain._CHUNK_SIZE = 8
for piece in ("abc", "defgh", "ij", "0123456789", "k"):
    show("chunk %r" % piece, lambda: plain.write(piece))
show("flush", plain.flush)
show("reconfigure lb", lambda: plain.reconfigure(line_buffering=True))
show("after", lambda: (plain.line_buffering, plain.write("x\n")))
show("reconfigure latin-1", lambda: plain.reconfigure(encoding="latin-1"))
show("encoding", lambda: (plain.encoding, plain.errors))
show("reconfigure errors", lambda: plain.reconfigure(errors="replace"))
show("encoding", lambda: (plain.encoding, plain.errors))
show("reconfigure newline", lambda: plain.reconfigure(newline="\r\n"))
show("write newline", lambda: plain.write("k\n"))
show("reconfigure bad", lambda: plain.reconfigure(newline=5))
show("reconfigure positional", lambda: plain.reconfigure("utf-8"))
for newline in (None, "", "\n", "\r", "\r\n"):
    w = io.TextIOWrapper(io.BytesIO(), encoding="ascii", newline=newline)
    w.write("x\ny\r\nz\r")
    w.flush()
    print("newline", repr(newline), w.buffer.getvalue())
w = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
show("encode error", lambda: (w.write("é"), w.flush()))
w = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="xmlcharrefreplace")
show("xmlcharrefreplace", lambda: (w.write("é€"), w.flush(), w.buffer.getvalue()))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-16")
w.write("ab")
w.write("c")
w.flush()
show("utf-16 one BOM", w.buffer.getvalue)
show("rewrite at 0", lambda: (w.seek(0), w.write("Z"), w.flush(), w.buffer.getvalue()))
w.seek(0, 2)
w.write("q")
w.flush()
show("append, no BOM", w.buffer.getvalue)
b = io.BytesIO(b"xx")
b.seek(2)
w = io.TextIOWrapper(b, encoding="utf-16")
w.write("n")
w.flush()
show("opened mid-stream", b.getvalue)
for text in (b"bytes", 5, None):
    show("write %r" % (text,), lambda: io.TextIOWrapper(io.BytesIO(), encoding="ascii").write(text))
r = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"), encoding="ascii")
r.readline()
for kw in (dict(encoding="latin-1"), dict(newline=None), dict(errors="ignore"), dict(line_buffering=True)):
    show("after read %s" % kw, lambda: r.reconfigure(**kw))
