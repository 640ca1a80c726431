# category: code-crafting
# must: jumps outside the code, into cache entries or with mismatched stack depths are refused
# expect-stdout: forward past end SystemError
# expect-stdout: backward before start SystemError
# expect-stdout: into LOAD_GLOBAL cache SystemError
# expect-stdout: conditional past end SystemError
# expect-stdout: inconsistent depth SystemError
# expect-stdout: falls off end SystemError
# expect-stdout: ends with EXTENDED_ARG SystemError
# expect-stdout: extended jump SystemError
# expect-stdout: FOR_ITER past end SystemError
# expect-stdout: jump onto EXTENDED_ARG prefix ok 7
# expect-stdout: backward loop ok 3
import dis
op = dis.opmap

def asm(*pairs):
    out = bytearray()
    for name, arg in pairs:
        out += bytes([op[name], arg]) + bytes(2 * dis._inline_cache_entries[op[name]])
    return bytes(out)

def f(x=None):
    return 1, 7, len

def attempt(label, code, stacksize=4, arg=0):
    try:
        g = type(f)(f.__code__.replace(co_code=code, co_stacksize=stacksize), {"len": len})
        print(label, "ok", g(arg))
    except Exception as e:
        print(label, type(e).__name__)

R = ("RESUME", 0)
attempt("forward past end", asm(R, ("JUMP_FORWARD", 100), ("RETURN_CONST", 0)))
attempt("backward before start", asm(R, ("JUMP_BACKWARD", 10), ("RETURN_CONST", 0)))
# LOAD_GLOBAL at index 1..5 (4 cache entries): jump to index 3, inside them
attempt("into LOAD_GLOBAL cache", asm(R, ("LOAD_GLOBAL", 0), ("POP_TOP", 0), ("JUMP_BACKWARD", 6)))
attempt("conditional past end", asm(R, ("LOAD_FAST", 0), ("POP_JUMP_IF_FALSE", 50), ("RETURN_CONST", 0)))
# one path reaches RETURN_VALUE with 1 item, the other with 2
attempt("inconsistent depth", asm(R, ("LOAD_CONST", 1), ("LOAD_FAST", 0), ("POP_JUMP_IF_FALSE", 1),
                                  ("LOAD_CONST", 1), ("RETURN_VALUE", 0)))
attempt("falls off end", asm(R, ("NOP", 0), ("LOAD_CONST", 1), ("POP_TOP", 0)))
attempt("ends with EXTENDED_ARG", asm(R, ("LOAD_CONST", 0), ("RETURN_VALUE", 0), ("EXTENDED_ARG", 1)))
attempt("extended jump", asm(R, ("EXTENDED_ARG", 255), ("JUMP_FORWARD", 255), ("RETURN_CONST", 0)))
attempt("FOR_ITER past end", asm(R, ("LOAD_FAST", 0), ("GET_ITER", 0), ("FOR_ITER", 90),
                                 ("POP_TOP", 0), ("JUMP_BACKWARD", 4), ("END_FOR", 0), ("RETURN_CONST", 0)),
        arg=[1])
# legal: the jump lands on the EXTENDED_ARG prefix of LOAD_CONST 1 (arg 1 | 0 << 8)
attempt("jump onto EXTENDED_ARG prefix", asm(R, ("JUMP_FORWARD", 1), ("RETURN_CONST", 0),
                                             ("EXTENDED_ARG", 0), ("LOAD_CONST", 2), ("RETURN_VALUE", 0)))
# legal loop: for _ in x: pass ; return len(x)
attempt("backward loop", asm(R, ("LOAD_FAST", 0), ("GET_ITER", 0), ("FOR_ITER", 2),
                             ("POP_TOP", 0), ("JUMP_BACKWARD", 4), ("END_FOR", 0),
                             ("LOAD_GLOBAL", 1), ("LOAD_FAST", 0), ("CALL", 1), ("RETURN_VALUE", 0)),
        arg=[1, 2, 3])
