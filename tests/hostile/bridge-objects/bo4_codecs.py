# category: bridge-objects
# must: codecs.lookup results and codec functions are guest objects; odd args raise like CPython
# oracle: cpython
import codecs
ci = codecs.lookup("utf-8")
print("type", type(ci).__name__, ci.name, len(ci))
print("callables", all(callable(x) for x in [ci.encode, ci.decode, ci.incrementalencoder, ci.incrementaldecoder, ci.streamreader, ci.streamwriter]))
print("text", ci._is_text_encoding)
print("encode", ci.encode("é"), ci.decode(b"\xc3\xa9"))
for call in [lambda: ci.encode(5), lambda: ci.decode("str"), lambda: ci.encode("é", "nope"), lambda: ci.decode(b"\xff", "nope"),
             lambda: ci.decode(b"\xff", "replace"), lambda: codecs.lookup(5), lambda: codecs.lookup("nope-x"),
             lambda: codecs.lookup(""), lambda: codecs.lookup_error("nope"), lambda: codecs.register(5),
             lambda: codecs.encode("a", "rot13"), lambda: codecs.decode(b"a", "rot13"), lambda: codecs.CodecInfo(1, 2),
             lambda: codecs.CodecInfo(None, None).name]:
    try:
        r = call()
        print("ok", type(r).__name__, r if isinstance(r, (str, bytes)) else "")
    except Exception as e:
        print(type(e).__name__)
inc = ci.incrementaldecoder()
print("inc", repr(inc.decode(b"\xc3")), repr(inc.decode(b"\xa9", final=True)), inc.getstate())
try:
    inc.setstate(5)
except Exception as e:
    print("setstate", type(e).__name__)
try:
    inc.decode(b"\xc3", final=True)
except UnicodeDecodeError as e:
    print("final", e.reason)
def handler(exc):
    return ("?", exc.end)
codecs.register_error("t4_handler", handler)
print("custom", b"a\xffb".decode("utf-8", "t4_handler"))
codecs.register_error("t4_bad", lambda exc: 5)
try:
    b"\xff".decode("utf-8", "t4_bad")
except Exception as e:
    print("bad handler", type(e).__name__)
print("dir walk", all(isinstance(type(getattr(ci, a)).__name__, str) for a in dir(ci)))
