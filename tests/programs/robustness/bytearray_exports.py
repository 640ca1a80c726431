# A bytearray exported by a memoryview cannot be re-sized, not even by __init__,
# and the export stays counted until the view is released.


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = bytearray(b"xy")
m = memoryview(b)
attempt("init bigger", lambda: b.__init__(b"longer"))
attempt("init empty", lambda: b.__init__())
attempt("view still sees", lambda: bytes(m))
attempt("contents", lambda: b)
part = m[:1]
m.release()
attempt("append while slice exported", lambda: b.append(33))
part.release()
attempt("append after release", lambda: b.append(33))
attempt("init after release", lambda: b.__init__(b"longer"))
attempt("contents after init", lambda: b)
e = bytearray()
v = memoryview(e)
attempt("init empty exported", lambda: e.__init__(b"z"))
attempt("init empty exported with nothing", lambda: e.__init__())
v.release()
attempt("cast shape str", lambda: memoryview(b"abcd").cast("B", "x"))
attempt("cast shape list", lambda: memoryview(b"abcd").cast("B", [2, 2]).tolist())
