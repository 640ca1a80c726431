# io.BytesIO: reads, writes past the end, getbuffer exports, truncate, seek errors, pickling state.
import io, pickle
b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.readline(), b.tell(), b.readlines(), b.getvalue(), b.read(), b.readable(), b.seekable())
b.seek(0); b.write(b"HE"); print(b.getvalue(), b.seek(20), b.write(b"!"), b.getvalue())
v = b.getbuffer(); v[0] = 104; print(bytes(v[:5]), b.getvalue()[:5])
try:
    b.write(b"x" * 30)
except BufferError as e:
    print("BufferError", e)
del v
print(b.truncate(5), b.getvalue(), b.tell())
for bad in [lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: b.truncate(-1), lambda: b.write("s"), lambda: io.BytesIO("s")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
buf = bytearray(3); r = io.BytesIO(b"abcdef"); print(r.readinto(buf), buf, r.read1(2), list(io.BytesIO(b"a\nb")))
c = io.BytesIO(b"state"); c.read(2); c2 = pickle.loads(pickle.dumps(c)); print(c2.read(), c2.tell())
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
print(b.closed, isinstance(b, io.BufferedIOBase), io.BytesIO().__class__.__module__)
