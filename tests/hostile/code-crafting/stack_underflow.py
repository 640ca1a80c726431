# category: code-crafting
# must: code that pops more than it pushed, or overflows co_stacksize, is refused before it runs
# expect-stdout: RETURN_VALUE empty SystemError
# expect-stdout: POP_TOP empty SystemError
# expect-stdout: BINARY_OP one SystemError
# expect-stdout: BUILD_TUPLE 5 SystemError
# expect-stdout: CALL 3 SystemError
# expect-stdout: UNPACK past stacksize SystemError
# expect-stdout: stacksize 0 SystemError
# expect-stdout: stacksize huge SystemError
# expect-stdout: COPY 9 SystemError
# expect-stdout: SWAP 1 SystemError
# expect-stdout: underflow on a branch SystemError
# expect-stdout: exact stacksize ok (2, 1)
import dis
op = dis.opmap

def asm(*pairs):
    out = bytearray()
    for name, arg in pairs:
        out += bytes([op[name], arg]) + bytes(2 * dis._inline_cache_entries[op[name]])
    return bytes(out)

def f(x=(1, 2)):
    return 1

def attempt(label, code, stacksize=4):
    try:
        g = type(f)(f.__code__.replace(co_code=code, co_stacksize=stacksize), {})
        print(label, "ok", g((1, 2)))
    except Exception as e:
        print(label, type(e).__name__)

R = ("RESUME", 0)
attempt("RETURN_VALUE empty", asm(R, ("RETURN_VALUE", 0)))
attempt("POP_TOP empty", asm(R, ("POP_TOP", 0), ("RETURN_CONST", 0)))
attempt("BINARY_OP one", asm(R, ("LOAD_CONST", 1), ("BINARY_OP", 0), ("RETURN_VALUE", 0)))
attempt("BUILD_TUPLE 5", asm(R, ("LOAD_CONST", 1), ("BUILD_TUPLE", 5), ("RETURN_VALUE", 0)))
attempt("CALL 3", asm(R, ("PUSH_NULL", 0), ("LOAD_CONST", 1), ("CALL", 3), ("RETURN_VALUE", 0)))
attempt("UNPACK past stacksize", asm(R, ("LOAD_FAST", 0), ("UNPACK_SEQUENCE", 200), ("RETURN_VALUE", 0)), 2)
attempt("stacksize 0", asm(R, ("LOAD_CONST", 1), ("RETURN_VALUE", 0)), 0)
attempt("stacksize huge", asm(R, ("LOAD_CONST", 1), ("RETURN_VALUE", 0)), 2**31 - 1)
attempt("COPY 9", asm(R, ("LOAD_CONST", 1), ("COPY", 9), ("RETURN_VALUE", 0)))
attempt("SWAP 1", asm(R, ("LOAD_CONST", 1), ("SWAP", 1), ("RETURN_VALUE", 0)))
# one side of a branch leaves the stack empty before RETURN_VALUE
attempt("underflow on a branch", asm(R, ("LOAD_FAST", 0), ("POP_JUMP_IF_FALSE", 1),
                                     ("RETURN_CONST", 0), ("RETURN_VALUE", 0)))
attempt("exact stacksize", asm(R, ("LOAD_FAST", 0), ("UNPACK_SEQUENCE", 2), ("BUILD_TUPLE", 2),
                               ("RETURN_VALUE", 0)), 2)
