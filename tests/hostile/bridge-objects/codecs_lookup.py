# category: bridge-objects
# must: codecs.lookup() results, incremental coders and stream coders hold only ordinary guest objects
# oracle: cpython
import codecs, io

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

for name in ["utf-8", "latin-1", "ascii", "utf-16", "cp1252", "idna", "rot13", "hex", "punycode", "unicode_escape"]:
    ci = codecs.lookup(name)
    print(name, ci.name, type(ci).__name__, walk(ci), isinstance(ci, tuple), len(ci))
ci = codecs.lookup("utf-8")
print("encode", ci.encode("é"), ci.decode(b"\xc3\xa9"))
print("encode type", type(ci.encode).__name__ in ("builtin_function_or_method", "function"))
ie = ci.incrementalencoder()
idec = ci.incrementaldecoder()
print("incremental", walk(ie), walk(idec))
print("partial", idec.decode(b"\xc3"), idec.decode(b"\xa9"), idec.getstate())
try:
    idec.decode(b"\xff", final=True)
except UnicodeDecodeError as e:
    print("decode error", e.start, e.end, e.reason, type(e.object).__name__)
for bad in ["no-such-codec", "", 5, "utf-8\0"]:
    try:
        codecs.lookup(bad)
    except (LookupError, TypeError, ValueError) as e:
        print("lookup", repr(bad), type(e).__name__)
sr = ci.streamreader(io.BytesIO(b"a\xc3\xa9"))
print("stream", sr.read(), walk(sr) == [])
print("error handlers", codecs.lookup_error("strict").__name__, codecs.lookup_error("replace").__name__)
try:
    codecs.lookup_error("nope")
except LookupError:
    print("lookup_error LookupError")
def handler(exc):
    return ("?", exc.end)
codecs.register_error("hostile.q", handler)
print("custom", "aé".encode("ascii", "hostile.q"))
def bad_handler(exc):
    return ("?", 10**20)
codecs.register_error("hostile.bad", bad_handler)
try:
    "aé".encode("ascii", "hostile.bad")
except IndexError as e:
    print("bad position IndexError")
def bad_handler2(exc):
    return 5
codecs.register_error("hostile.bad2", bad_handler2)
try:
    "aé".encode("ascii", "hostile.bad2")
except TypeError:
    print("non-tuple TypeError")
print("escape_decode", codecs.escape_decode(b"\\x41\\n")[0])
print("CodecInfo new", codecs.CodecInfo(None, None, name="z").name)
