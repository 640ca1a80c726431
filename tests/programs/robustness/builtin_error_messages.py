# CPython's errors for misused built-ins: str.join of a non-iterable, str.translate
# out of range, bytes()/bytearray() with an encoding but no str, an empty mro().


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("join int", lambda: ",".join(5))
attempt("join generator", lambda: ",".join(x for x in "ab"))
attempt("join non-str item", lambda: ",".join([1]))
attempt("translate too big", lambda: "ab".translate({97: 0x110000}))
attempt("translate negative", lambda: "ab".translate({97: -1}))
attempt("translate ok", lambda: "ab".translate({97: 66, 98: None}))
attempt("bytes of bytes with encoding", lambda: bytes(b"x", "utf-8"))
attempt("bytes encoding only", lambda: bytes(encoding="utf-8"))
attempt("bytes errors only", lambda: bytes(errors="strict"))
attempt("bytes int with errors", lambda: bytes(5, errors="strict"))
attempt("bytes str without encoding", lambda: bytes("x", errors="strict"))
attempt("bytes ok", lambda: bytes("é", "utf-8"))
attempt("bytearray list with encoding", lambda: bytearray([1], "utf-8"))
attempt("bytearray encoding only", lambda: bytearray(encoding="utf-8"))
attempt("bytearray keywords", lambda: bytearray(source="x", encoding="ascii"))


class EmptyMro(type):
    def mro(cls):
        return []


def make_class():
    class B(metaclass=EmptyMro):
        pass
    return B


attempt("empty mro", make_class)
attempt("hash of a mappingproxy", lambda: hash(type(int.__dict__)({})))
attempt("hash of a class dict", lambda: hash(int.__dict__))
