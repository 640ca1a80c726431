# category: pyc-and-marshal
# must: marshal back-references (FLAG_REF / 'r') that are out of range, forward, or form cycles load or fail like CPython
# oracle: cpython
import marshal

def attempt(label, data):
    try:
        value = marshal.loads(data)
        print(label, "loaded", repr(value)[:60])
    except (EOFError, ValueError, TypeError, RecursionError) as e:
        print(label, type(e).__name__, e)

FLAG = 0x80
attempt("shared string", bytes([ord("(") | FLAG]) + b"\x02\0\0\0" + bytes([ord("z") | FLAG]) + b"\x01a" + b"r\x01\0\0\0")
attempt("list containing itself", bytes([ord("[") | FLAG]) + b"\x01\0\0\0" + b"r\0\0\0\0")
attempt("dict containing itself", bytes([ord("{") | FLAG]) + b"N" + b"r\0\0\0\0" + b"0")
attempt("dict keyed by itself", bytes([ord("{") | FLAG]) + b"r\0\0\0\0" + b"N" + b"0")
attempt("set containing itself", bytes([ord("<") | FLAG]) + b"\x01\0\0\0" + b"r\0\0\0\0")
attempt("ref past end", bytes([ord("[") | FLAG]) + b"\x01\0\0\0" + b"r\x05\0\0\0")
attempt("negative ref", bytes([ord("[") | FLAG]) + b"\x01\0\0\0" + b"r\xff\xff\xff\xff")
attempt("ref truncated", b"[\x01\0\0\0r\0\0")
attempt("ref to int", bytes([ord("(")]) + b"\x02\0\0\0" + bytes([ord("i") | FLAG]) + b"\x07\0\0\0" + b"r\0\0\0\0")
attempt("ref to None (not flaggable)", bytes([ord("(")]) + b"\x02\0\0\0" + bytes([ord("N") | FLAG]) + b"r\0\0\0\0")
attempt("ref before any", b"(\x01\0\0\0r\0\0\0\0")
lst = [1]
lst.append(lst)
data = marshal.dumps(lst)
back = marshal.loads(data)
print("dumped self list", back[1] is back)
d = {}
d["me"] = d
back = marshal.loads(marshal.dumps(d))
print("dumped self dict", back["me"] is back)
s = "shared" * 3
back = marshal.loads(marshal.dumps([s, s, (s,)]))
print("shared str identity", back[0] is back[1] is back[2][0])
print("version 2 no refs", marshal.loads(marshal.dumps([s, s], 2)) == [s, s])
