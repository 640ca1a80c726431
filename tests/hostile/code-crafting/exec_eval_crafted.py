# category: code-crafting
# must: exec/eval of crafted code objects (function code, bad flags, odd namespaces) fails cleanly or runs correctly
# expect-stdout: exec function code with args TypeError
# expect-stdout: eval function code returns TypeError
# expect-stdout: exec crafted LOAD_NAME 50 SystemError
# expect-stdout: exec crafted LOAD_GLOBAL past names SystemError
# expect-stdout: eval crafted LOAD_ATTR past names SystemError
# expect-stdout: exec globals not dict TypeError
# expect-stdout: exec LOAD_NAME in mapping locals ok 42
# expect-stdout: exec crafted into mapping locals SystemError
# expect-stdout: exec STORE_GLOBAL past names SystemError
# expect-stdout: eval DELETE_NAME past names SystemError
# expect-stdout: exec crafted twice SystemError SystemError
import dis
op = dis.opmap

def asm(*pairs):
    out = bytearray()
    for name, arg in pairs:
        out += bytes([op[name], arg]) + bytes(2 * dis._inline_cache_entries[op[name]])
    return bytes(out)

def f(a, b):
    return a

def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except Exception as e:
        print(label, type(e).__name__)

class Mapping:
    def __getitem__(self, key):
        if key == 'v':
            return 42
        raise KeyError(key)
    def __setitem__(self, key, value):
        pass

mod = compile("v", "<m>", "eval")
R = ("RESUME", 0)
attempt("exec function code with args", lambda: exec(f.__code__))
attempt("eval function code returns", lambda: eval(f.__code__))
attempt("exec crafted LOAD_NAME 50", lambda: exec(mod.replace(co_code=asm(R, ("LOAD_NAME", 50), ("RETURN_VALUE", 0)))))
attempt("exec crafted LOAD_GLOBAL past names", lambda: exec(mod.replace(co_code=asm(R, ("LOAD_GLOBAL", 9), ("RETURN_VALUE", 0)))))
attempt("eval crafted LOAD_ATTR past names", lambda: eval(mod.replace(co_code=asm(R, ("LOAD_NAME", 0), ("LOAD_ATTR", 6),
                                                                              ("RETURN_VALUE", 0))), {"v": 1}))
attempt("exec globals not dict", lambda: exec(mod, Mapping()))
attempt("exec LOAD_NAME in mapping locals", lambda: eval(mod, {}, Mapping()))
attempt("exec crafted into mapping locals", lambda: exec(mod.replace(co_code=asm(R, ("LOAD_CONST", 0), ("STORE_NAME", 3),
                                                                             ("RETURN_CONST", 0))), {}, Mapping()))
attempt("exec STORE_GLOBAL past names", lambda: exec(mod.replace(co_code=asm(R, ("LOAD_CONST", 0), ("STORE_GLOBAL", 3),
                                                                           ("RETURN_CONST", 0)), co_consts=(None,)), {}))
attempt("eval DELETE_NAME past names", lambda: eval(mod.replace(co_code=asm(R, ("DELETE_NAME", 1), ("RETURN_CONST", 0)),
                                                            co_consts=(None,)), {}))
bad = mod.replace(co_code=asm(R, ("LOAD_NAME", 50), ("RETURN_VALUE", 0)))
results = []
for _ in range(2):
    try:
        exec(bad)
        results.append("ran")
    except SystemError:
        results.append("SystemError")
print("exec crafted twice", *results)
