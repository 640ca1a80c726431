# category: pyc-and-marshal
# must: a marshalled code object with list, dict, set and nested-code constants in co_consts loads and runs like CPython (LOAD_CONST pushes the shared object)
# oracle: cpython
import dis
import marshal

op = dis.opmap
base = compile("x = 1", "<m>", "exec")
code_bytes = bytes([op["RESUME"], 0, op["LOAD_CONST"], 1, op["STORE_NAME"], 0, op["LOAD_CONST"], 2,
                    op["STORE_NAME"], 1, op["LOAD_CONST"], 3, op["STORE_NAME"], 2, op["RETURN_CONST"], 0])

def build(consts):
    out = b"\xe3" + b"".join(n.to_bytes(4, "little") for n in (0, 0, 0, 1, 0))
    dumps = lambda value: marshal.dumps(value, 2)     # version 2: no back-references to renumber
    out += dumps(code_bytes) + dumps(consts) + dumps(("a", "b", "c"))
    out += dumps(()) + dumps(b"") + dumps("<m>") + dumps("<module>")
    out += dumps("<module>") + (1).to_bytes(4, "little") + dumps(b"") + dumps(b"")
    return out

def attempt(label, consts):
    try:
        code = marshal.loads(build(consts))
    except Exception as e:
        print(label, "load error")
        return
    try:
        first, second = {}, {}
        exec(code, first)
        if isinstance(first["a"], list):
            first["a"].append("mutated")
        exec(code, second)
        print(label, "ok", first["a"], first["b"], type(first["c"]).__name__, second["a"],
              second["a"] is first["a"])
    except Exception as e:
        print(label, "run", type(e).__name__, e)

attempt("list dict set", (None, [1, 2], {"k": [3]}, {4}))
attempt("nested list in tuple", (None, ([1], [2]), frozenset({5}), b"x"))
attempt("code constant", (None, 1, 2, base))
attempt("ellipsis and stopiteration", (None, ..., StopIteration, 3 + 4j))
attempt("consts as list", [None, 1, 2, 3])
