# category: malformed-source
# must: eval/exec with non-dict globals, odd locals mappings and __builtins__ of odd types behave like CPython
# oracle: cpython
import builtins

def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except Exception as e:
        print(label, type(e).__name__, e)

class Mapping:
    def __getitem__(self, key):
        if key == "v":
            return 42
        raise KeyError(key)

class Raising:
    def __getitem__(self, key):
        raise ZeroDivisionError("lookup " + key)

class DictSub(dict):
    def __missing__(self, key):
        return "missing " + key

attempt("globals list", lambda: eval("1", []))
attempt("globals mapping", lambda: eval("1", Mapping()))
attempt("globals dict subclass __missing__", lambda: eval("zz", DictSub()))
attempt("locals int", lambda: eval("1", {}, 5))
attempt("locals mapping", lambda: eval("v + 1", {}, Mapping()))
attempt("locals mapping KeyError falls back", lambda: eval("len", {}, Mapping()))
attempt("locals raising", lambda: eval("v", {}, Raising()))
attempt("locals dict subclass __missing__", lambda: eval("zz", {}, DictSub()))
attempt("builtins None", lambda: eval("len", {"__builtins__": None}))
attempt("builtins int", lambda: eval("len", {"__builtins__": 5}))
attempt("builtins empty dict", lambda: eval("len", {"__builtins__": {}}))
attempt("builtins custom dict", lambda: eval("len('abc')", {"__builtins__": {"len": lambda s: 99}}))
attempt("builtins module", lambda: eval("len('abc')", {"__builtins__": builtins}))
attempt("builtins mapping", lambda: eval("len", {"__builtins__": Mapping()}))
attempt("builtins empty, import", lambda: exec("import os", {"__builtins__": {}}))
attempt("builtins empty, class", lambda: exec("class C: pass", {"__builtins__": {}}))
attempt("builtins str", lambda: exec("x = len", {"__builtins__": "abc"}))
attempt("exec into mapping locals", lambda: exec("x = 1", {}, Mapping()))
attempt("eval closure kw", lambda: eval("1", {}, {}, closure=()))
attempt("exec closure non-tuple", lambda: exec("1", {}, {}, closure=[]))
attempt("eval keyword globals", lambda: eval("x", globals={"x": 3}))
attempt("eval source dict", lambda: eval({}))
attempt("eval bytes with null", lambda: eval(b"1\x00"))
attempt("eval statement", lambda: eval("x = 1"))
attempt("eval empty", lambda: eval(""))
attempt("eval whitespace", lambda: eval("  \n 1 \n\n"))
