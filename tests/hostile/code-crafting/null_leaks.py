# category: code-crafting
# must: the NULL of a call sequence never reaches guest code (return, store, operators, attribute)
# expect-stdout: PUSH_NULL RETURN_VALUE SystemError
# expect-stdout: PUSH_NULL STORE_FAST SystemError
# expect-stdout: PUSH_NULL POP_TOP SystemError
# expect-stdout: NULL as callable SystemError
# expect-stdout: NULL as argument SystemError
# expect-stdout: LOAD_GLOBAL NULL swapped up SystemError
# expect-stdout: COPY of NULL SystemError
# expect-stdout: NULL into BUILD_LIST SystemError
# expect-stdout: NULL on one branch SystemError
# expect-stdout: NULL then int call TypeError
# expect-stdout: method call ok 3
import dis
op = dis.opmap

def asm(*pairs):
    out = bytearray()
    for name, arg in pairs:
        out += bytes([op[name], arg]) + bytes(2 * dis._inline_cache_entries[op[name]])
    return bytes(out)

def f(x=None):
    return len, 1, 'abc', 'upper'

def attempt(label, code, names=('len', 'upper'), stacksize=6):
    try:
        g = type(f)(f.__code__.replace(co_code=code, co_stacksize=stacksize, co_names=names),
                    {"len": len})
        print(label, "ok", g(None))
    except Exception as e:
        print(label, type(e).__name__)

R = ("RESUME", 0)
attempt("PUSH_NULL RETURN_VALUE", asm(R, ("PUSH_NULL", 0), ("RETURN_VALUE", 0)))
attempt("PUSH_NULL STORE_FAST", asm(R, ("PUSH_NULL", 0), ("STORE_FAST", 0), ("LOAD_FAST", 0), ("RETURN_VALUE", 0)))
attempt("PUSH_NULL POP_TOP", asm(R, ("PUSH_NULL", 0), ("POP_TOP", 0), ("RETURN_CONST", 0)))
attempt("NULL as callable", asm(R, ("PUSH_NULL", 0), ("PUSH_NULL", 0), ("CALL", 0), ("RETURN_VALUE", 0)))
attempt("NULL as argument", asm(R, ("PUSH_NULL", 0), ("LOAD_GLOBAL", 0), ("PUSH_NULL", 0), ("CALL", 1), ("RETURN_VALUE", 0)))
attempt("LOAD_GLOBAL NULL swapped up", asm(R, ("LOAD_GLOBAL", 1), ("SWAP", 2), ("RETURN_VALUE", 0)))
attempt("COPY of NULL", asm(R, ("PUSH_NULL", 0), ("COPY", 1), ("BUILD_TUPLE", 1), ("RETURN_VALUE", 0)))
attempt("NULL into BUILD_LIST", asm(R, ("LOAD_CONST", 2), ("PUSH_NULL", 0), ("BUILD_LIST", 2), ("RETURN_VALUE", 0)))
attempt("NULL on one branch", asm(R, ("LOAD_FAST", 0), ("POP_JUMP_IF_FALSE", 2), ("LOAD_CONST", 2),
                                  ("JUMP_FORWARD", 1), ("PUSH_NULL", 0), ("RETURN_VALUE", 0)))
# legal: NULL below a non-callable, the call itself raises TypeError
attempt("NULL then int call", asm(R, ("PUSH_NULL", 0), ("LOAD_CONST", 2), ("CALL", 0), ("RETURN_VALUE", 0)))
# legal: len('abc') through LOAD_GLOBAL|1 (NULL + len)
attempt("method call", asm(R, ("LOAD_GLOBAL", 1), ("LOAD_CONST", 2), ("CALL", 1), ("RETURN_VALUE", 0)),
        names=('len',))
