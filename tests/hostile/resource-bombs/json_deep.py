# category: resource-bombs
# must: json.dumps/loads of 100 000-deep nesting and circular structures end in RecursionError/ValueError, never a crash
# oracle: cpython
import json

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", str(r)[:40])
    except (RecursionError, ValueError, TypeError, MemoryError) as e:
        print(label, type(e).__name__, str(e)[:60] if isinstance(e, (ValueError, TypeError)) else "")

deep = []
for _ in range(100000):
    deep = [deep]
attempt("dumps deep list", lambda: len(json.dumps(deep)))
attempt("dumps deep list indent", lambda: len(json.dumps(deep, indent=1)))
deepd = {}
for _ in range(100000):
    deepd = {"a": deepd}
attempt("dumps deep dict", lambda: len(json.dumps(deepd)))
attempt("loads deep list", lambda: json.loads("[" * 100000 + "]" * 100000))
attempt("loads deep dict", lambda: json.loads('{"a":' * 100000 + "1" + "}" * 100000))
attempt("loads unclosed", lambda: json.loads("[" * 100000))
circ = [1]
circ.append(circ)
attempt("dumps circular", lambda: json.dumps(circ))
attempt("dumps circular no check", lambda: json.dumps(circ, check_circular=False))
cd = {}
cd["x"] = cd
attempt("dumps circular dict", lambda: json.dumps(cd))

class Default:
    pass
attempt("default recursing", lambda: json.dumps(Default(), default=lambda o: Default()))
attempt("huge number string", lambda: len(str(json.loads("1" * 5000))))
attempt("huge float", lambda: json.loads("1e400"))
attempt("object_hook recursion", lambda: json.loads('{"a": 1}', object_hook=lambda d: json.loads('{"a": 1}', object_hook=None)))
attempt("small works", lambda: json.dumps([[[1]]]))
