"""Pre-decoding of co_code: for every code unit index, (opcode, oparg, next index,
index of the instruction proper).

EXTENDED_ARG prefixes are folded into the following instruction's oparg and
CACHE entries are skipped using the instruction table, so jump targets can be
computed as ``next_index +/- oparg`` exactly as CPython 3.12 defines them.
A code object that snakevm's compiler did not make is verified first
(interpreter/verify.py)."""

from snakevm import limits, opcodes
from snakevm.objspace.space import space
from snakevm.interpreter import state
from snakevm.interpreter.verify import verify, InvalidCode
from snakevm.interpreter.inlinecache import Cache


_LOAD_FAST_CHECK = opcodes.BY_NAME["LOAD_FAST_CHECK"].number

# CPython 3.12's superinstructions (written when code is quickened): two instructions
# that cannot raise, run by one dispatch.
SUPERINSTRUCTIONS = {
    (opcodes.LOAD_FAST, opcodes.LOAD_FAST): opcodes.LOAD_FAST__LOAD_FAST,
    (opcodes.STORE_FAST, opcodes.LOAD_FAST): opcodes.STORE_FAST__LOAD_FAST,
    (opcodes.STORE_FAST, opcodes.STORE_FAST): opcodes.STORE_FAST__STORE_FAST,
}


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
    count = len(code.co_code) // 2
    result = [None] * count
    unchecked_loads = code._cache.get("unchecked_loads", ())
    plain = []                  # (index, op, oparg, next) of instructions without prefixes
    for first, index, op, oparg, nxt in opcodes.iter_instructions(code.co_code):
        if index in unchecked_loads:            # may read an unbound local (verify.py)
            op = _LOAD_FAST_CHECK
        if op == opcodes.EXTENDED_ARG:          # prefixes with no instruction after them
            for j in range(first, count):
                result[j] = (op, 0, j + 1, j)
            break
        if first == index:
            plain.append((index, op, oparg, nxt))
        # the EXTENDED_ARG prefixes run the full instruction too (jump targets may land on them)
        for j in range(first, index + 1):
            result[j] = (op, oparg, nxt, index)
        for k in range(index + 1, min(nxt, count)):
            result[k] = (opcodes.CACHE, 0, k + 1, k)
    if limits.active is None and not state.exact_instructions:  # (no pairs then: every
        # instruction is counted by the limits, shown by the visualizer)
        add_superinstructions(result, plain)
    code._cache["decoded"] = result
    return result


def add_superinstructions(result, plain):
    """Rewrite pairs of adjacent instructions into superinstructions.  The second
    instruction stays in place (a jump may land on it); the first one runs both
    and continues after the second."""
    previous = None
    for entry in plain:
        if previous is not None and previous[3] == entry[0]:
            fused = SUPERINSTRUCTIONS.get((previous[1], entry[1]))
            if fused is not None:
                cache = Cache(previous[2], previous[1])
                cache.second, cache.after = entry[2], entry[3]
                result[previous[0]] = (fused, cache, previous[3], previous[0])
                previous = None         # the second one does not start another pair
                continue
        previous = entry
