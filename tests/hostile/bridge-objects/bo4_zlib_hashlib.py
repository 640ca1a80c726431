# category: bridge-objects
# must: zlib/hashlib objects' copy and odd arguments behave like CPython
# oracle: cpython
import zlib, hashlib
c = zlib.compressobj()
d1 = c.compress(b"hello" * 10)
c2 = c.copy()
out1 = d1 + c.flush()
out2 = d1 + c2.flush()
print("copy same", out1 == out2, zlib.decompress(out1) == b"hello" * 10)
for call in [lambda: c.flush(), lambda: c.compress(b"x"), lambda: c.copy(), lambda: zlib.compressobj(level=99),
             lambda: zlib.compressobj(wbits=99), lambda: zlib.decompress(b"junk"), lambda: zlib.compress("str"),
             lambda: zlib.decompress(out1, bufsize=-1), lambda: zlib.crc32(b"a", "x"), lambda: zlib.adler32(5)]:
    try:
        r = call()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__)
dobj = zlib.decompressobj()
print("partial", dobj.decompress(out1, 3), type(dobj.unconsumed_tail).__name__)
for bad in [-1, "x", 2**70]:
    try:
        dobj.decompress(out1, bad)
    except Exception as e:
        print("max_length", repr(bad)[:5], type(e).__name__)
h = hashlib.sha256(b"abc")
h2 = h.copy()
h2.update(b"d")
print("hash", h.hexdigest()[:16], h2.hexdigest()[:16], h.name, h.digest_size, h.block_size)
for call in [lambda: h.update("str"), lambda: h.update(5), lambda: hashlib.new("nope"), lambda: hashlib.new(5),
             lambda: hashlib.sha256(data=b"x"), lambda: hashlib.shake_128(b"x").hexdigest("x"),
             lambda: hashlib.shake_128(b"x").hexdigest(4), lambda: hashlib.md5(b"", usedforsecurity=False).hexdigest(),
             lambda: type(h)(), lambda: hashlib.blake2b(digest_size=99)]:
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__)
for o in [c2, dobj, h]:
    print("dir walk", all(isinstance(type(getattr(o, a)).__name__, str) for a in dir(o)))
