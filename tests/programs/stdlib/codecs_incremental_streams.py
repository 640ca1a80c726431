# codecs: incremental encoders/decoders byte by byte, iterencode/iterdecode, StreamReader/Writer/ReaderWriter/Recoder over BytesIO, codecs.open, a guest codec used by open() and TextIOWrapper.
import codecs
import io
import os
import tempfile


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for enc in ("utf-8", "utf-16", "utf-16-be", "utf-32", "utf-8-sig", "cp1252", "utf-7",
            "unicode_escape", "raw_unicode_escape", "latin-1", "idna", "ascii"):
    text = {"cp1252": "ab\xe9\u20ac", "latin-1": "ab\xe9", "idna": "b\xfccher.de",
            "ascii": "abc"}.get(enc, "ab\xe9\u20ac\U0001f600")
    encoder = codecs.getincrementalencoder(enc)()
    chunks = [encoder.encode(c) for c in text] + [encoder.encode("", final=True)]
    data = b"".join(chunks)
    decoder = codecs.getincrementaldecoder(enc)()
    out = [decoder.decode(data[i:i + 1]) for i in range(len(data))]
    out.append(decoder.decode(b"", final=True))
    print(enc, chunks, out, "".join(out) == text)
    if enc != "idna":
        print("  state", decoder.getstate(), encoder.getstate())
    encoder.reset()
    decoder.reset()
decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
print(repr(decoder.decode(b"a\xe2\x82")), repr(decoder.decode(b"b", final=True)))
decoder = codecs.getincrementaldecoder("utf-8")()
print(decoder.decode(b"\xe2\x82"), decoder.getstate())
show(lambda: decoder.decode(b"", final=True))
decoder = codecs.getincrementaldecoder("utf-16")()
print(repr(decoder.decode(b"\xff")), repr(decoder.decode(b"\xfea")), repr(decoder.decode(b"\x00")))
decoder.setstate((b"", 0))
print(repr(decoder.decode(b"\x00b")))
encoder = codecs.getincrementalencoder("utf-16")()
print(encoder.encode("a"), encoder.encode("b"), encoder.getstate())
encoder.setstate(0)
print(encoder.encode("c"))
print(list(codecs.iterencode(["a", "é", "", "€"], "utf-16-le")),
      "".join(codecs.iterdecode([b"\xff", b"\xfe", b"a", b"\x00"], "utf-16")),
      list(codecs.iterencode(iter([]), "utf-8")), list(codecs.iterdecode([b"\xc3", b"\xa9"], "utf-8")))
show(lambda: list(codecs.iterdecode([b"\xc3"], "utf-8")))
show(lambda: codecs.getincrementalencoder("rot13"))
show(lambda: codecs.getincrementaldecoder("no-such"))
# streams over BytesIO
buf = io.BytesIO()
writer = codecs.getwriter("utf-16")(buf)
writer.write("héllo\n")
writer.writelines(["wörld\n", "x"])
print(buf.getvalue())
buf.seek(0)
reader = codecs.getreader("utf-16")(buf)
print(reader.readline(), reader.readlines())
reader = codecs.getreader("utf-8")(io.BytesIO("line1\nline2\r\nlíne3\u2028four".encode("utf-8")))
print(repr(reader.read(3)), repr(reader.readline()), repr(reader.readline(keepends=False)),
      repr(reader.readline()), repr(reader.read()), repr(reader.read()))
reader = codecs.getreader("utf-8")(io.BytesIO(b"a\xffb"), errors="replace")
print(list(reader))
reader = codecs.getreader("cp1252")(io.BytesIO(b"\x80 \x81"))
show(lambda: reader.read())
recoder = codecs.StreamRecoder(io.BytesIO("é€".encode("utf-8")), codecs.getencoder("utf-16-le"),
                               codecs.getdecoder("utf-16-le"), codecs.getreader("utf-8"),
                               codecs.getwriter("utf-8"))
show(lambda: recoder.read())
both = codecs.StreamReaderWriter(io.BytesIO(), codecs.getreader("utf-8"), codecs.getwriter("utf-8"))
both.write("żółw")
both.seek(0)
print(both.read(), both.getvalue() if hasattr(both, "getvalue") else "")
info = codecs.lookup("utf-8")
print(info.streamreader.__name__, info.streamwriter.__name__, info.incrementalencoder.__name__,
      info.incrementaldecoder.__name__, info._is_text_encoding)
# codecs.open and open() with encodings
directory = tempfile.mkdtemp()
path = os.path.join(directory, "f.txt")
with codecs.open(path, "w", encoding="cp1252") as f:
    f.write("caf\xe9 \u20ac\n")
    print(f.encoding, f.name == path)
with open(path, "rb") as f:
    print(f.read())
with codecs.open(path, "r", encoding="cp1252") as f:
    print(repr(f.read()))
with codecs.open(path, "rb") as f:
    print(f.read())
with codecs.open(path, "r", encoding="utf-8", errors="replace") as f:
    print(repr(f.readline()))


def search(name):
    if name != "swapcase":
        return None

    class Codec(codecs.Codec):
        def encode(self, s, errors="strict"):
            return s.swapcase().encode("utf-8", errors), len(s)

        def decode(self, b, errors="strict"):
            return bytes(b).decode("utf-8", errors).swapcase(), len(b)

    class Encoder(codecs.IncrementalEncoder):
        def encode(self, s, final=False):
            return s.swapcase().encode("utf-8", self.errors)

    class Decoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, b, errors, final):
            text, consumed = codecs.utf_8_decode(b, errors, final)
            return text.swapcase(), consumed

    class Writer(Codec, codecs.StreamWriter):
        pass

    class Reader(Codec, codecs.StreamReader):
        pass

    return codecs.CodecInfo(Codec().encode, Codec().decode, Reader, Writer, Encoder, Decoder,
                            name="swapcase")


codecs.register(search)
with open(path, "w", encoding="swapcase") as f:
    f.write("Hello Wörld\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="swapcase") as f:
    print(repr(f.read()), f.encoding)
with codecs.open(path, encoding="swapcase") as f:
    print(repr(f.read()))
print(list(codecs.iterdecode([b"H", b"\xc3", b"\xa9"], "swapcase")))
wrapper = io.TextIOWrapper(io.BytesIO(), encoding="swapcase")
wrapper.write("MiXeD")
wrapper.flush()
print(wrapper.buffer.getvalue())
show(lambda: io.TextIOWrapper(io.BytesIO(), encoding="hex"))
show(lambda: io.TextIOWrapper(io.BytesIO(), encoding="no-such-encoding"))
os.remove(path)
os.rmdir(directory)
