# zlib: one-shot and streaming compression, checksums, decompressor attributes, zlib.error.
import zlib
data = b"hello world " * 100
c = zlib.compress(data); print(len(c), zlib.decompress(c) == data, zlib.crc32(b"abc"), zlib.adler32(b"abc"))
co = zlib.compressobj(9, zlib.DEFLATED, -15); raw = co.compress(data) + co.flush()
print(zlib.decompress(raw, -15) == data)
do = zlib.decompressobj(); out = do.decompress(c[:20]) + do.decompress(c[20:] + b"tail")
print(out == data, do.unused_data, do.eof, do.unconsumed_tail, type(co).__name__, type(do).__module__)
d2 = do.copy(); print(d2.eof)
try:
    zlib.decompress(b"garbage")
except zlib.error as e:
    print("zlib.error", e)
print(zlib.crc32(bytearray(b"abc")), zlib.crc32(memoryview(b"abc"), 1), zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)
z = zlib._ZlibDecompressor(); print(z.decompress(c) == data, z.eof, z.needs_input)
import gzip, io
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(b"gzipped text")
print(gzip.decompress(buf.getvalue()), len(gzip.compress(b"x", mtime=0)))
