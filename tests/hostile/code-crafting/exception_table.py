# category: code-crafting
# must: exception tables with ranges, handlers or depths outside the code or stack are refused
# expect-stdout: handler past end SystemError
# expect-stdout: range past end SystemError
# expect-stdout: empty range SystemError
# expect-stdout: depth too big SystemError
# expect-stdout: handler inside cache SystemError
# expect-stdout: truncated varint SystemError
# expect-stdout: garbage bytes SystemError
# expect-stdout: huge varint SystemError
# expect-stdout: handler lasti underflow SystemError
# expect-stdout: valid handler ok caught
import dis
op = dis.opmap

def asm(*pairs):
    out = bytearray()
    for name, arg in pairs:
        out += bytes([op[name], arg]) + bytes(2 * dis._inline_cache_entries[op[name]])
    return bytes(out)

def varint(value, start=False):
    parts = []
    while True:
        parts.append(value & 63)
        value >>= 6
        if not value:
            break
    parts.reverse()
    out = [p | 64 for p in parts[:-1]] + [parts[-1]]
    if start:
        out[0] |= 128
    return bytes(out)

def entry(start, length, target, depth, lasti=0):
    return varint(start, True) + varint(length) + varint(target) + varint(depth << 1 | lasti)

def f(x=None):
    return 1

# raise ValueError inside [1, 6); handler at index 6 pops exc and returns 'caught'
body = asm(("RESUME", 0), ("LOAD_GLOBAL", 1), ("CALL", 0), ("RAISE_VARARGS", 1),
           ("PUSH_EXC_INFO", 0), ("POP_TOP", 0), ("POP_EXCEPT", 0), ("RETURN_CONST", 1))
# indices: RESUME 0, LOAD_GLOBAL 1-5, CALL 6-9, RAISE 10, PUSH_EXC_INFO 11, POP_TOP 12, POP_EXCEPT 13, RETURN_CONST 14

def attempt(label, table, stacksize=4):
    try:
        g = type(f)(f.__code__.replace(co_code=body, co_exceptiontable=table, co_names=('ValueError',),
                                       co_consts=(None, 'caught'), co_stacksize=stacksize),
                    {"ValueError": ValueError})
        print(label, "ok", g(None))
    except Exception as e:
        print(label, type(e).__name__)

attempt("handler past end", entry(1, 10, 500, 0))
attempt("range past end", entry(1, 400, 11, 0))
attempt("empty range", entry(1, 0, 11, 0))
attempt("depth too big", entry(1, 10, 11, 50))
attempt("handler inside cache", entry(1, 10, 3, 0))
attempt("truncated varint", entry(1, 10, 11, 0)[:-1] + b'\x40')
attempt("garbage bytes", b'\xff\xff\xff')
attempt("huge varint", bytes([0x80 | 0x7f]) + b'\x7f' * 30)
# the handler starts at POP_TOP with depth 0 + lasti: POP_EXCEPT then underflows
attempt("handler lasti underflow", entry(1, 10, 12, 0))
attempt("valid handler", entry(1, 10, 11, 0))
