# category: sandbox
# must: the classic subclass-walk gadgets give nothing that reaches the host
# args: --sandbox
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ALLOWED", type(r).__name__)
    except BaseException as e:
        print(label, type(e).__name__)

subs = object.__subclasses__()
def find(name):
    for c in subs:
        if c.__name__ == name:
            return c
    raise LookupError(name)
attempt("FileIO gadget", lambda: find("FileIO")("/etc/passwd"))
attempt("BufferedReader gadget", lambda: find("BufferedReader")(find("FileIO")("/etc/passwd")))
def wrap_close():
    import os
    return os.popen
attempt("os.popen", lambda: wrap_close()("id"))
def via_globals():
    for c in subs:
        init = c.__dict__.get("__init__")
        g = getattr(init, "__globals__", None)
        if g and "system" in g:
            return g["system"]("id")
    raise LookupError("no system")
attempt("__init__.__globals__ system", via_globals)
attempt("builtins open via walk", lambda: [c for c in subs if c.__name__ == "catch_warnings"][0]()._module.__builtins__["open"]("/etc/passwd"))
