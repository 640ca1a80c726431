# category: pyc-and-marshal
# must: marshal data announcing huge or negative sizes (strings, tuples, lists, dicts, sets, longs, code fields) fails with EOFError/ValueError, without allocating
# oracle: cpython
import marshal
import struct

def attempt(label, data):
    try:
        value = marshal.loads(data)
        print(label, "loaded", type(value).__name__)
    except (EOFError, ValueError, TypeError, MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)

for size, name in ((0x7fffffff, "2**31-1"), (0xffffffff, "-1"), (0x80000000, "-2**31"), (1000, "1000")):
    n = struct.pack("<I", size)
    attempt("str " + name, b"u" + n + b"abc")
    attempt("ascii " + name, b"a" + n + b"abc")
    attempt("bytes " + name, b"s" + n + b"abc")
    attempt("tuple " + name, b"(" + n + b"N")
    attempt("list " + name, b"[" + n + b"N")
    attempt("set " + name, b"<" + n + b"N")
    attempt("frozenset " + name, b">" + n + b"N")
    attempt("long " + name, b"l" + n + b"\x01\x00")
attempt("short ascii 255", b"z\xffabc")
attempt("small tuple 255", b")\xffN")
attempt("long digit too big", b"l\x01\0\0\0\xff\xff")
attempt("long zero top digit", b"l\x02\0\0\0\x01\0\0\0")
attempt("dict no terminator", b"{NN")
attempt("dict unhashable key", b"{[\0\0\0\0N0")
attempt("set unhashable", b"<\x01\0\0\0[\0\0\0\0")
attempt("float text bad", b"f\x03abc")
attempt("float text short", b"f\xffabc")
attempt("binary float short", b"g\0\0")
attempt("complex short", b"y\0\0\0\0\0\0\0\0")
attempt("code huge argcount", b"\xe3" + b"\xff" * 24)
attempt("ref index huge", b"r\xff\xff\xff\x7f")
attempt("ref without refs", b"r\0\0\0\0")
