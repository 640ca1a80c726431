"""Pre-decoding of co_code: for every code unit index, (opcode, oparg, next index,
index of the instruction proper).

EXTENDED_ARG prefixes are folded into the following instruction's oparg and
CACHE entries are skipped using the instruction table, so jump targets can be
computed as ``next_index +/- oparg`` exactly as CPython 3.12 defines them.
A code object that snakevm's compiler did not make is verified first
(interpreter/verify.py)."""

from snakevm import opcodes
from snakevm.objspace.space import space
from snakevm.interpreter.verify import verify, InvalidCode


def decoded(code):
    cached = code._cache.get("decoded")
    if cached is not None:
        return cached
    if not code._cache.get("verified"):
        try:
            verify(code)
        except InvalidCode as e:
            raise space.error(space.builtin_exception("SystemError"),
                              "invalid code object %r: %s" % (code.co_name, e)) from None
    raw = code.co_code
    count = len(raw) // 2
    result = [None] * count
    i = 0
    ext = 0
    start = 0
    while i < count:
        op, arg = raw[2 * i], raw[2 * i + 1]
        info = opcodes.BY_NUMBER.get(op)
        if op == opcodes.EXTENDED_ARG:
            ext = (ext | arg) << 8
            result[i] = (op, arg, i + 1, i)
            i += 1
            continue
        oparg = ext | arg
        ext = 0
        nxt = i + 1 + (info.caches if info is not None else 0)
        result[i] = (op, oparg, nxt, i)
        # the EXTENDED_ARG prefixes run the full instruction too (jump targets may land on them)
        j = start
        while j < i:
            result[j] = (op, oparg, nxt, i)
            j += 1
        for k in range(i + 1, min(nxt, count)):
            result[k] = (opcodes.CACHE, 0, k + 1, k)
        i = nxt
        start = i
    code._cache["decoded"] = result
    return result
