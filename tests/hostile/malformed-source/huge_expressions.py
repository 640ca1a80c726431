# category: malformed-source
# must: 100 000-term expressions, huge literals and huge statement lists compile (or fail) like CPython, and give the right values
# oracle: cpython
import sys

def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except (SyntaxError, RecursionError, MemoryError, ValueError, OverflowError) as e:
        print(label, type(e).__name__)

attempt("sum of 100000 ones", lambda: eval("1" + "+1" * 100000))
attempt("sum of 2000 ones", lambda: eval("1" + "+1" * 2000))
attempt("and of 100000", lambda: eval(" and ".join(["1"] * 100000)))
attempt("or of 100000", lambda: eval(" or ".join(["0"] * 99999 + ["7"])))
attempt("comparison chain 10000", lambda: eval("<".join(map(str, range(10000)))))
attempt("tuple of 100000", lambda: len(eval("(" + "1," * 100000 + ")")))
attempt("list of 100000 names", lambda: len(eval("[" + "x," * 100000 + "]", {"x": 0})))
attempt("set of 100000", lambda: len(eval("{" + ",".join(map(str, range(100000))) + "}")))
attempt("dict of 50000", lambda: len(eval("{" + ",".join("%d:0" % i for i in range(50000)) + "}")))
attempt("call with 100000 args", lambda: eval("f(" + "1," * 100000 + ")", {"f": lambda *a: len(a)}))
attempt("call with 5000 kwargs", lambda: eval("f(" + ",".join("k%d=1" % i for i in range(5000)) + ")",
                                              {"f": lambda **k: len(k)}))
attempt("string concat 100000", lambda: len(eval(" ".join(["'ab'"] * 100000))))
attempt("int literal 4300 digits", lambda: len(str(eval("9" * 4300))))
attempt("int literal 4301 digits", lambda: eval("9" * 4301))
attempt("hex literal 100000 digits", lambda: eval("0x" + "f" * 100000).bit_length())
attempt("float literal 400 digits", lambda: eval("9" * 400 + ".0"))
attempt("float literal 1e999", lambda: eval("1e999"))
attempt("complex literal", lambda: eval("1e999j"))
attempt("string literal 1 MB", lambda: len(eval("'" + "a" * 1_000_000 + "'")))
attempt("20000 statements", lambda: (exec("\n".join("x%d = %d" % (i, i) for i in range(20000)), d := {}), d["x19999"])[1])
attempt("function with 5000 locals", lambda: (exec("def f():\n" + "".join(" v%d = %d\n" % (i, i) for i in range(5000))
                                                     + " return v4999\n", d := {}), d["f"]())[1])
attempt("def with 5000 params", lambda: (exec("def f(" + ",".join("a%d" % i for i in range(5000)) + "): return a4999",
                                              d := {}), d["f"](*range(5000)))[1])
