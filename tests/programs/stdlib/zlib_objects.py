# zlib: Compress/Decompress/_ZlibDecompressor objects (copy, flush modes, unused_data, unconsumed_tail, eof, zdict), argument conversion, constants and error messages
import array
import copy
import pickle
import zlib


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(name for name in dir(zlib) if not name.startswith("__")))
print(zlib.error.__module__, [c.__name__ for c in zlib.error.__mro__])
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.MAX_WBITS, zlib.DEFLATED,
      zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED,
      zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FILTERED,
      zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY,
      zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH,
      zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)

data = bytes(range(256)) * 40 + b"The quick brown fox " * 50
c = zlib.compress(data, 9)
print(len(c), zlib.decompress(c) == data)

# one-shot functions: arguments
show("compress bytearray level=1", lambda: len(zlib.compress(bytearray(data), level=1)))
show("compress memoryview raw", lambda: zlib.compress(memoryview(b"abc"), wbits=-15))
show("compress array", lambda: zlib.decompress(zlib.compress(array.array("i", [1, 2]))))
show("decompress bufsize", lambda: zlib.decompress(bytearray(c), bufsize=10)[:5])
show("decompress positional", lambda: zlib.decompress(c, 15, 1)[:5])
gzco = zlib.compressobj(wbits=31)
gz = gzco.compress(b"gzip member") + gzco.flush()
show("gzip header", lambda: gz[:3])
show("decompress gzip auto", lambda: zlib.decompress(gz, wbits=47))
show("decompress gzip as zlib", lambda: zlib.decompress(gz))
for bad in ["str", 5, None, [1]]:
    show("compress(%s)" % type(bad).__name__, lambda: zlib.compress(bad))
    show("crc32(%s)" % type(bad).__name__, lambda: zlib.crc32(bad))
show("decompress garbage", lambda: zlib.decompress(b"garbage"))
show("decompress truncated", lambda: zlib.decompress(c[:-5]))
show("decompress bad wbits", lambda: zlib.decompress(c, wbits=5))
show("compress level 12", lambda: zlib.compress(b"x", 12))
show("compress level str", lambda: zlib.compress(b"x", level="1"))
show("compress no args", lambda: zlib.compress())
show("compress bad keyword", lambda: zlib.compress(b"x", foo=1))
show("decompress bufsize -1", lambda: zlib.decompress(c, bufsize=-1))


class Level:
    def __index__(self):
        return 3


class IntSub(int):
    pass


show("compress __index__ level", lambda: len(zlib.compress(data, Level())))
show("compress int subclass level", lambda: len(zlib.compress(data, IntSub(1))))

# checksums
show("crc32", lambda: (zlib.crc32(b"abc"), zlib.crc32(b"abc", 1), zlib.crc32(b"x", -1)))
show("adler32", lambda: (zlib.adler32(b"abc"), zlib.adler32(b"abc", 2 ** 33 + 5),
                         zlib.adler32(b"", -1)))
show("crc32 chained", lambda: zlib.crc32(b"def", zlib.crc32(b"abc")) == zlib.crc32(b"abcdef"))
show("crc32 start __index__", lambda: zlib.crc32(b"a", Level()))

# Compress objects
co = zlib.compressobj(6, zlib.DEFLATED, 15, 8, zlib.Z_DEFAULT_STRATEGY)
print(type(co).__name__, type(co).__module__, type(co).__qualname__)
first = out = co.compress(data[:500])
co2 = co.copy()
co3 = copy.copy(co)
out += co.compress(data[500:]) + co.flush()
print(zlib.decompress(out) == data)
tail = co2.flush(zlib.Z_SYNC_FLUSH)
print(tail[-4:], len(co2.flush()) > 0, zlib.decompressobj().decompress(first + co3.flush()) == data[:500])
show("compress after finish", lambda: co.compress(b"x"))
show("flush after finish", lambda: co.flush())
show("copy after finish", lambda: co.copy())
show("compress no args", lambda: zlib.compressobj().compress())
show("compressobj bad wbits", lambda: zlib.compressobj(wbits=100))
show("compressobj bad keyword", lambda: zlib.compressobj(foo=1))
show("compressobj zdict int", lambda: zlib.compressobj(zdict=1))
co = zlib.compressobj(wbits=-9, memLevel=1, strategy=zlib.Z_FILTERED, level=zlib.Z_BEST_SPEED)
raw = co.compress(data) + co.flush(zlib.Z_FULL_FLUSH) + co.flush(zlib.Z_FINISH)
print(zlib.decompress(raw, -9) == data)

# dictionaries
zdict = b"quick brown fox"
co = zlib.compressobj(level=1, zdict=zdict)
cd = co.compress(data) + co.flush()
print(zlib.decompressobj(zdict=zdict).decompress(cd) == data)
show("decompress without zdict", lambda: zlib.decompressobj().decompress(cd))
show("decompressobj zdict str", lambda: zlib.decompressobj(zdict="s"))

# Decompress objects
do = zlib.decompressobj()
print(type(do).__name__, do.eof, do.unused_data, do.unconsumed_tail)
part = do.decompress(c + b"extra", 100)
print(len(part), len(do.unconsumed_tail), do.eof)
dcopy = do.copy()
dcopy2 = copy.deepcopy(do)
rest = do.decompress(do.unconsumed_tail)
print(len(part + rest) == len(data), do.eof, do.unused_data, do.flush())
print(len(dcopy.decompress(dcopy.unconsumed_tail, max_length=10)), len(dcopy2.flush(50)))
show("decompress data keyword", lambda: zlib.decompressobj().decompress(data=c))
show("decompress negative max_length", lambda: zlib.decompressobj().decompress(b"x", -1))
show("flush zero length", lambda: zlib.decompressobj().flush(0))
show("flush length keyword", lambda: zlib.decompressobj().flush(length=5))
show("set unused_data", lambda: setattr(do, "unused_data", b""))
show("copy after eof", lambda: do.copy().eof)
show("Decompress()", lambda: type(do)())
show("Compress()", lambda: type(zlib.compressobj())())

# byte-at-a-time streaming
do = zlib.decompressobj()
pieces = [do.decompress(c[i:i + 1]) for i in range(len(c))]
print(b"".join(pieces) == data, do.eof)

# _ZlibDecompressor (3.12)
d = zlib._ZlibDecompressor()
print(type(d).__name__, d.eof, d.needs_input, d.unused_data)
print(len(d.decompress(c + b"tail", 10)), d.needs_input)
print(len(d.decompress(b"", -1)), d.eof, d.unused_data)
show("decompress after eof", lambda: d.decompress(b"x"))
show("_ZlibDecompressor 3 args", lambda: zlib._ZlibDecompressor(1, 2, 3))
show("_ZlibDecompressor raw", lambda: zlib._ZlibDecompressor(wbits=-15).decompress(
    zlib.compress(b"raw data", wbits=-15)))

# pickling is refused
for obj in [zlib.compressobj(), zlib.decompressobj(), zlib._ZlibDecompressor()]:
    show("pickle %s" % type(obj).__name__, lambda: pickle.dumps(obj))
print(repr(type(zlib.compressobj()).compress))
print(zlib.compress.__doc__.splitlines()[0])
