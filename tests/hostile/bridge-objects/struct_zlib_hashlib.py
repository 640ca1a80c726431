# category: bridge-objects
# must: struct.Struct, zlib (de)compress objects and hashlib objects expose only ordinary guest values
# oracle: cpython
import struct, zlib, hashlib, copy

def ordinary(x):
    t = type(x)
    try:
        repr(x)
    except Exception:
        return False
    return isinstance(t.__module__, str) and (type(t) is type or issubclass(type(t), type))

def walk(obj):
    bad = []
    for n in dir(obj):
        try:
            v = getattr(obj, n)
        except Exception:
            continue
        if not ordinary(v):
            bad.append(n)
    return bad

s = struct.Struct("<hI5s")
print("struct", walk(s), s.format, s.size, s.pack(1, 2, b"ab"))
print("unpack", s.unpack(s.pack(-1, 7, b"x")))
print("iter_unpack", list(struct.Struct("b").iter_unpack(b"\x01\xff")))
it = struct.Struct("h").iter_unpack(b"\x00\x01")
print("iter walk", type(it).__name__, walk(it), it.__length_hint__())
for fmt in ["<q", "z", "999999999999999999999s", "@P", "e", b"<i"]:
    try:
        print("fmt", repr(fmt), struct.Struct(fmt).size)
    except struct.error as e:
        print("fmt", repr(fmt), type(e).__name__)
try:
    s.format = "i"
except AttributeError:
    print("format readonly")
c = zlib.compressobj(9)
data = c.compress(b"hello " * 20) + c.flush()
print("compressobj", type(c).__name__, walk(c))
d = zlib.decompressobj()
print("decompress", d.decompress(data, 10), d.unconsumed_tail[:0], len(d.unconsumed_tail) > 0)
print("decompobj", walk(d), d.eof, type(d.unused_data).__name__)
rest = d.decompress(d.unconsumed_tail) + d.flush()
print("rest len", len(rest), d.eof)
cc = zlib.compressobj()
cc.compress(b"x")
cc.flush()
try:
    cc.compress(b"y")
except zlib.error:
    print("compress after flush error")
try:
    copy.copy(cc)
except ValueError:
    print("copy flushed ValueError")
for args in [(b"garbage",), (data, -100), (data, 99), (data[:10],)]:
    try:
        zlib.decompress(*args)
        print("decompressed")
    except (zlib.error, ValueError) as e:
        print("decompress", type(e).__name__)
h = hashlib.sha256(b"abc")
print("hash", h.name, h.digest_size, h.block_size, walk(h))
h2 = h.copy()
h2.update(b"d")
print("copy independent", h.hexdigest() != h2.hexdigest())
for name in ["md5", "sha1", "sha512", "blake2b", "sha3_256"]:
    o = hashlib.new(name)
    print(name, walk(o), o.hexdigest()[:8])
for bad in [("nope",), ("md5", "str"), ("md5", 5)]:
    try:
        hashlib.new(*bad)
    except (ValueError, TypeError) as e:
        print("new", bad, type(e).__name__)
try:
    h.update("text")
except TypeError:
    print("update str TypeError")
print("shake", hashlib.shake_128(b"x").hexdigest(4))
try:
    hashlib.shake_128(b"x").hexdigest(-1)
except (ValueError, MemoryError):
    print("shake negative rejected")
