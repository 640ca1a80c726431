"""Decoding the 3.12 exception table (co_exceptiontable) into
(start, end, target, depth, push_lasti) entries, in code units."""


def _varint(data, pos):
    value = data[pos] & 63
    while data[pos] & 64:
        pos += 1
        value = (value << 6) | (data[pos] & 63)
    return value, pos + 1


def decode_exception_table(code):
    cached = code._cache.get("exctable")
    if cached is not None:
        return cached
    data = code.co_exceptiontable
    entries = []
    pos = 0
    while pos < len(data):
        start, pos = _varint(data, pos)
        size, pos = _varint(data, pos)
        target, pos = _varint(data, pos)
        depth_lasti, pos = _varint(data, pos)
        entries.append((start, start + size, target, depth_lasti >> 1, bool(depth_lasti & 1)))
    code._cache["exctable"] = entries
    return entries


def find_handler(code, index):
    for start, end, target, depth, lasti in decode_exception_table(code):
        if start <= index < end:
            return target, depth, lasti
    return None
