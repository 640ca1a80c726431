# category: exceptions
# must: BaseException.__new__/__init__ with odd classes and odd args behave as in CPython
# oracle: cpython

attempts = [
    ("BE.__new__(int)", lambda: BaseException.__new__(int)),
    ("BE.__new__(ValueError)", lambda: BaseException.__new__(ValueError, 1, 2)),
    ("Exception.__new__(KeyError)", lambda: Exception.__new__(KeyError, "k")),
    ("BE.__new__(OSError, 2, 'x')", lambda: BaseException.__new__(OSError, 2, "x")),
    ("BE.__new__(5)", lambda: BaseException.__new__(5)),
    ("BE.__new__(object)", lambda: BaseException.__new__(object)),
    ("ValueError.__new__(Exception)", lambda: ValueError.__new__(Exception)),
    ("KeyError.__new__(ValueError)", lambda: KeyError.__new__(ValueError)),
    ("OSError.__new__(OSError, 2, 'nf')", lambda: OSError.__new__(OSError, 2, "nf")),
    ("BE.__new__(BE, kw=1)", lambda: BaseException.__new__(BaseException, kw=1)),
    ("BE(kw=1)", lambda: BaseException(kw=1)),
    ("object.__new__(ValueError)", lambda: object.__new__(ValueError)),
    ("BE.__init__(5)", lambda: BaseException.__init__(5)),
    ("BE.__init__(ValueError(), 1)", lambda: BaseException.__init__(ValueError(), 1)),
    ("StopIteration.__new__(KeyError)", lambda: StopIteration.__new__(KeyError)),
    ("SyntaxError odd args", lambda: SyntaxError("m", 5)),
    ("SyntaxError tuple", lambda: SyntaxError("m", ("f", "x", None, "t"))),
    ("UnicodeDecodeError bad", lambda: UnicodeDecodeError("utf-8", "str", 0, 1, "r")),
    ("UnicodeDecodeError ok", lambda: UnicodeDecodeError("utf-8", b"ab", 5, -3, "r")),
    ("ImportError kw", lambda: ImportError("m", name=5, path=None, bad=1)),
    ("AttributeError kw", lambda: AttributeError("m", name="n", obj=5)),
]
for label, fn in attempts:
    try:
        r = fn()
        print(label, "->", type(r).__name__, r.args if isinstance(r, BaseException) else "")
    except Exception as e:
        print(label, "!", type(e).__name__)
e = ValueError(1, 2)
for new_args in [5, "ab", None, [1], (), range(3)]:
    try:
        e.args = new_args
        print("args =", repr(new_args), "->", e.args)
    except TypeError as ex:
        print("args =", repr(new_args), type(ex).__name__)
try:
    del e.args
except (TypeError, AttributeError) as ex:
    print("del args", type(ex).__name__)
u = UnicodeDecodeError("utf-8", b"ab", 5, -3, "r")
print("odd unicode str", str(u))
u.object = b"xyz"
u.start = 100
print("odd unicode str 2", str(u))
try:
    u.object = "str"
except TypeError:
    print("object must be bytes")
s = SyntaxError("m", ("f", "x", None, "t"))
print("syntax fields", s.filename, s.lineno, s.offset, s.text, str(s))
o = OSError(2, "nf", "path", None, "p2")
print("oserror", type(o).__name__, o.errno, o.filename, o.filename2, str(o))
print("oserror subclass map", type(OSError(13, "x")).__name__, type(OSError(2, "x", None, None)).__name__)
