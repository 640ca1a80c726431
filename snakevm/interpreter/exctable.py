"""Exception-table lookup for the interpreter: which handler covers an
instruction.  Decoding itself lives in snakevm.codetables; this module only
caches the decoded entries on the code object."""

from snakevm.codetables import decode_exception_table as _decode


def decode_exception_table(code):
    cached = code._cache.get("exctable")
    if cached is None:
        cached = code._cache["exctable"] = _decode(code.co_exceptiontable)
    return cached


def find_handler(code, index):
    for start, end, target, depth, lasti in decode_exception_table(code):
        if start <= index < end:
            return target, depth, lasti
    return None
