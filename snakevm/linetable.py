"""Decoding the CPython 3.12 location table (co_linetable, PEP 626/657) into
one (lineno, end_lineno, col, end_col) entry per code unit."""


def _varint(data, pos):
    value = data[pos] & 63
    shift = 0
    while data[pos] & 64:
        pos += 1
        shift += 6
        value |= (data[pos] & 63) << shift
    return value, pos + 1


def _svarint(data, pos):
    value, pos = _varint(data, pos)
    return (-(value >> 1) if value & 1 else value >> 1), pos


def decode_positions(code):
    """A list with one (line, end_line, col, end_col) tuple (items may be None) per code unit."""
    cached = code._cache.get("positions")
    if cached is not None:
        return cached
    data = code.co_linetable
    line = code.co_firstlineno
    result = []
    pos = 0
    while pos < len(data):
        try:
            entry, length, pos = _entry(data, pos, line)
        except IndexError:                                # a truncated (crafted) table
            break
        if entry[0] is not None:
            line = entry[0]
        result.extend([entry] * length)
    code._cache["positions"] = result
    return result


def _entry(data, pos, line):
    """One location entry at ``pos``: (entry, code units it covers, next pos)."""
    first = data[pos]
    pos += 1
    kind = (first >> 3) & 15
    length = (first & 7) + 1
    if kind == 15:                                    # no location
        entry = (None, None, None, None)
    elif kind == 14:                                  # long form
        delta, pos = _svarint(data, pos)
        line += delta
        end_delta, pos = _varint(data, pos)
        col, pos = _varint(data, pos)
        end_col, pos = _varint(data, pos)
        entry = (line, line + end_delta, col - 1 if col else None,
                 end_col - 1 if end_col else None)
    elif kind == 13:                                  # line only
        delta, pos = _svarint(data, pos)
        line += delta
        entry = (line, line, None, None)
    elif kind in (10, 11, 12):                        # one-line forms
        line += kind - 10
        col, end_col = data[pos], data[pos + 1]
        pos += 2
        entry = (line, line, col, end_col)
    else:                                             # short form
        second = data[pos]
        pos += 1
        col = kind * 8 + (second >> 4)
        entry = (line, line, col, col + (second & 15))
    return entry, length, pos


def line_at(code, index):
    positions = decode_positions(code)
    if 0 <= index < len(positions):
        return positions[index][0]
    return None
