# category: pyc-and-marshal
# must: marshal.dumps/dump/load of unsupported, deeply nested or subclassed objects and odd arguments raise like CPython
# oracle: cpython
import io
import marshal

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", repr(r)[:50])
    except (ValueError, TypeError, EOFError, OSError, AttributeError, RecursionError, OverflowError) as e:
        print(label, type(e).__name__, e)

class IntSub(int):
    pass
class ListSub(list):
    pass
deep = []
for _ in range(3000):
    deep = [deep]
deepish = []
for _ in range(500):
    deepish = [deepish]

attempt("object", lambda: marshal.dumps(object()))
attempt("function", lambda: marshal.dumps(lambda: 0))
attempt("int subclass", lambda: marshal.dumps(IntSub(5)))
attempt("list subclass", lambda: marshal.dumps(ListSub([1])))
attempt("list holding object", lambda: marshal.dumps([1, object()]))
attempt("deep 3000", lambda: len(marshal.dumps(deep)))
attempt("deep 500", lambda: len(marshal.dumps(deepish)))
attempt("deep 500 roundtrip", lambda: marshal.loads(marshal.dumps(deepish)) == deepish)
attempt("loads deep 3000 data", lambda: marshal.loads(b"[\x01\0\0\0" * 3000 + b"[\0\0\0\0"))
attempt("version -1", lambda: marshal.dumps(1, -1))
attempt("version 99", lambda: marshal.loads(marshal.dumps((1, "a"), 99)))
attempt("version str", lambda: marshal.dumps(1, "2"))
attempt("version huge", lambda: marshal.dumps(1, 2**70))
attempt("dump to BytesIO", lambda: (lambda b: (marshal.dump((None, True), b), b.getvalue())[1])(io.BytesIO()))
attempt("dump to StringIO", lambda: marshal.dump([1], io.StringIO()))
attempt("dump to object", lambda: marshal.dump([1], object()))
attempt("load from StringIO", lambda: marshal.load(io.StringIO("x")))
attempt("load empty file", lambda: marshal.load(io.BytesIO(b"")))
attempt("load two values", lambda: (lambda b: (marshal.load(b), marshal.load(b)))(io.BytesIO(marshal.dumps(1) + marshal.dumps("x"))))
attempt("loads str", lambda: marshal.loads("N"))
attempt("loads memoryview", lambda: marshal.loads(memoryview(b"N")))
attempt("loads bytearray", lambda: marshal.loads(bytearray(b"i\x05\0\0\0")))
attempt("loads trailing junk", lambda: marshal.loads(b"Nxyz"))
attempt("slice", lambda: marshal.dumps(slice(1, 2)))
attempt("float nan", lambda: repr(marshal.loads(marshal.dumps(float("nan")))))
attempt("big int", lambda: marshal.loads(marshal.dumps(-(10**500))) == -(10**500))
