# io: BytesIO/StringIO state -- getbuffer exports and BufferError, __getstate__/__setstate__ checks, pickling subclasses, closed-object errors.
import copy
import io
import pickle


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b"abc\ndef")
view = b.getbuffer()
show("view", lambda: (bytes(view), type(view.obj).__name__, view.readonly, view.nbytes))
show("write while exported", lambda: b.write(b"x"))
show("truncate while exported", lambda: b.truncate(1))
show("close while exported", b.close)
show("setstate while exported", lambda: b.__setstate__((b"q", 0, None)))
view[0] = ord("A")
show("write through view", b.getvalue)
view.release()
show("write after release", lambda: (b.seek(0, 2), b.write(b"!"), b.getvalue()))
show("getstate", b.__getstate__)
b.extra = [1]
show("getstate with dict", b.__getstate__)
show("pickle", lambda: (lambda c: (c.getvalue(), c.tell(), c.extra))(pickle.loads(pickle.dumps(b))))
show("deepcopy", lambda: copy.deepcopy(b).extra)
for state in ((b"xyz", 1, {"k": 2}), (b"xyz", -1, None), (b"xyz", 1), [b"xyz", 1, None], (b"xyz", "1", None),
              (b"xyz", 1, []), ("str", 0, None)):
    fresh = io.BytesIO()
    show("BytesIO setstate %r" % (state,), lambda: (fresh.__setstate__(state), fresh.getvalue(), fresh.tell()))
s = io.StringIO("a\r\nb", newline=None)
s.tag = "t"
show("StringIO getstate", s.__getstate__)
show("StringIO pickle", lambda: (lambda c: (c.getvalue(), c.tell(), c.tag))(pickle.loads(pickle.dumps(s))))
for state in (("abc", "\n", 1, {"x": 1}), ("abc", "\n", -1, None), ("abc", 1), ("abc", "q", 1, None),
              ("abc", None, 1.0, None), ("abc", "", 0, 5)):
    fresh = io.StringIO()
    show("StringIO setstate %r" % (state,), lambda: (fresh.__setstate__(state), fresh.getvalue(), fresh.tell()))


class B(io.BytesIO):
    def read(self, n=-1):
        return b"<" + super().read(n) + b">"


bb = B(b"xy\nz")
show("subclass read", lambda: (bb.read(1), bb.readline(), bb.__class__.__name__))
bb.foo = 1
show("subclass pickle", lambda: (lambda c: (type(c).__name__, c.foo, c.getvalue()))(pickle.loads(pickle.dumps(bb))))
b = io.BytesIO(b"x")
b.close()
s = io.StringIO("x")
s.close()
for obj in (b, s):
    for name in ("read", "getvalue", "tell", "readable", "flush", "isatty", "readline", "seekable", "__getstate__",
                 "__next__", "truncate"):
        show("closed %s.%s" % (type(obj).__name__, name), getattr(obj, name))
    show("closed write", lambda: obj.write(b"x" if obj is b else "x"))
    show("closed write wrong type", lambda: obj.write(1))
show("uninitialized StringIO", lambda: io.StringIO.__new__(io.StringIO).read())
show("BytesIO readlines arg", lambda: io.BytesIO(b"a\nb").readlines("1"))
show("BytesIO(str)", lambda: io.BytesIO("x"))
show("StringIO(bytes)", lambda: io.StringIO(b"x"))
