# category: code-crafting
# must: opargs past the end of co_consts/co_names/co_varnames and other tables are refused with SystemError
# expect-stdout: LOAD_CONST 200 SystemError
# expect-stdout: LOAD_CONST ext SystemError
# expect-stdout: LOAD_FAST 50 SystemError
# expect-stdout: LOAD_NAME 20 SystemError
# expect-stdout: STORE_NAME 9 SystemError
# expect-stdout: LOAD_ATTR 40 SystemError
# expect-stdout: LOAD_GLOBAL 7 SystemError
# expect-stdout: IMPORT_NAME 3 SystemError
# expect-stdout: COMPARE_OP 255 SystemError
# expect-stdout: BINARY_OP 200 SystemError
# expect-stdout: CALL_INTRINSIC_1 99 SystemError
# expect-stdout: DELETE_FAST 9 SystemError
# expect-stdout: in range ok 3
import dis
op = dis.opmap

def asm(*pairs):
    out = bytearray()
    for name, arg in pairs:
        out += bytes([op[name], arg]) + bytes(2 * dis._inline_cache_entries[op[name]])
    return bytes(out)

def f(x=None):
    return 1

def attempt(label, code, **kw):
    try:
        f.__code__.replace(co_code=code, co_stacksize=4, **kw)
        g = type(f)(f.__code__.replace(co_code=code, co_stacksize=4, **kw), {"__builtins__": __builtins__})
        print(label, "ok", g((1, 2)))
    except Exception as e:
        print(label, type(e).__name__)

attempt("LOAD_CONST 200", asm(("RESUME", 0), ("LOAD_CONST", 200), ("RETURN_VALUE", 0)))
attempt("LOAD_CONST ext", asm(("RESUME", 0), ("EXTENDED_ARG", 1), ("LOAD_CONST", 0), ("RETURN_VALUE", 0)))
attempt("LOAD_FAST 50", asm(("RESUME", 0), ("LOAD_FAST", 50), ("RETURN_VALUE", 0)))
attempt("LOAD_NAME 20", asm(("RESUME", 0), ("LOAD_NAME", 20), ("RETURN_VALUE", 0)))
attempt("STORE_NAME 9", asm(("RESUME", 0), ("LOAD_CONST", 0), ("STORE_NAME", 9), ("RETURN_CONST", 0)))
attempt("LOAD_ATTR 40", asm(("RESUME", 0), ("LOAD_CONST", 0), ("LOAD_ATTR", 40), ("RETURN_VALUE", 0)))
attempt("LOAD_GLOBAL 7", asm(("RESUME", 0), ("LOAD_GLOBAL", 7), ("RETURN_VALUE", 0)))
attempt("IMPORT_NAME 3", asm(("RESUME", 0), ("LOAD_CONST", 0), ("LOAD_CONST", 0), ("IMPORT_NAME", 3), ("RETURN_VALUE", 0)))
attempt("COMPARE_OP 255", asm(("RESUME", 0), ("LOAD_CONST", 0), ("LOAD_CONST", 0), ("COMPARE_OP", 255), ("RETURN_VALUE", 0)))
attempt("BINARY_OP 200", asm(("RESUME", 0), ("LOAD_CONST", 0), ("LOAD_CONST", 0), ("BINARY_OP", 200), ("RETURN_VALUE", 0)))
attempt("CALL_INTRINSIC_1 99", asm(("RESUME", 0), ("LOAD_CONST", 0), ("CALL_INTRINSIC_1", 99), ("RETURN_VALUE", 0)))
attempt("DELETE_FAST 9", asm(("RESUME", 0), ("DELETE_FAST", 9), ("RETURN_CONST", 0)))
# the same shapes with in-range arguments run
g = type(f)(f.__code__.replace(co_code=asm(("RESUME", 0), ("LOAD_CONST", 1), ("LOAD_CONST", 1),
                                            ("BINARY_OP", 0), ("LOAD_CONST", 1), ("BINARY_OP", 0),
                                            ("RETURN_VALUE", 0)), co_stacksize=2), {})
print("in range ok", g(None))
