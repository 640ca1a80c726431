# category: pyc-and-marshal
# must: marshalled code objects whose fields have the wrong type or inconsistent counts are rejected (ValueError/TypeError/SystemError) when loaded or run, never crash
# (no cpython oracle, CPython 3.12 itself segfaults on the empty co_code case; the other lines are CPython's)
# expect-stdout: roundtrip ok 3
# expect-stdout: co_code as tuple: load error
# expect-stdout: co_consts as list: load error
# expect-stdout: co_names holding int: load error
# expect-stdout: co_localsplusnames short: load error
# expect-stdout: argcount 2**31-1: load error
# expect-stdout: posonly > argcount: load error
# expect-stdout: co_code odd length: load error
# expect-stdout: co_code empty: SystemError
# expect-stdout: name as bytes: load error
import marshal

src = compile("x = 1\ny = x + 2\n", "<m>", "exec")

def build(argcount=0, posonly=0, kwonly=0, stacksize=2, flags=0, code=None, consts=None, names=None,
          localsplus=b")\x00", kinds=b"s\x00\x00\x00\x00", name=b"z\x01m"):
    out = b"\xe3" + b"".join(n.to_bytes(4, "little", signed=True) for n in (argcount, posonly, kwonly, stacksize, flags))
    out += code if code is not None else marshal.dumps(src.co_code)
    out += consts if consts is not None else marshal.dumps(src.co_consts)
    out += names if names is not None else marshal.dumps(src.co_names)
    out += localsplus + kinds
    out += b"z\x03<m>" + name + name + (1).to_bytes(4, "little") + marshal.dumps(b"") + marshal.dumps(b"")
    return out

def attempt(label, data):
    try:
        code = marshal.loads(data)
    except (ValueError, TypeError, EOFError, SystemError) as e:
        print(label + ": load error")
        return
    try:
        ns = {}
        exec(code, ns)
        print(label, "ok", ns.get("y"))
    except Exception as e:
        print(label + ":", type(e).__name__)

attempt("roundtrip", build())
attempt("co_code as tuple", build(code=marshal.dumps((1, 2))))
attempt("co_consts as list", build(consts=marshal.dumps(list(src.co_consts))))
attempt("co_names holding int", build(names=marshal.dumps((1, 2))))
attempt("co_localsplusnames short", build(localsplus=b")\x01z\x01a", kinds=b"s\x00\x00\x00\x00"))
attempt("argcount 2**31-1", build(argcount=2**31 - 1))
attempt("posonly > argcount", build(posonly=3))
attempt("co_code odd length", build(code=marshal.dumps(src.co_code + b"\x00")))
attempt("co_code empty", build(code=marshal.dumps(b"")))
attempt("name as bytes", build(name=marshal.dumps(b"m")))
