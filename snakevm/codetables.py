"""Encoding and decoding the two side tables of a 3.12 code object.

The *location table* (co_linetable, PEP 626/657): a sequence of entries, each
covering 1-8 code units with one (line, end_line, col, end_col) location.
``encode_locations`` writes it exactly the way CPython 3.12's assembler does
(same entry forms, same 8-unit splitting), from one location per code unit;
decoding lives in snakevm/linetable.py (``decode_positions``).

The *exception table* (co_exceptiontable): entries (start, end, target,
depth, lasti) in code units, end exclusive — ``encode_exception_table`` and
``decode_exception_table``.  ``Code.exception_entries()`` reports the same
entries in byte offsets.

Reusable by any producer of code objects (snakevm's compiler has its own
assembler; these helpers give the same bytes).
"""

# Location-table entry kinds (the 4-bit code in bits 3-6 of an entry's first byte).
_SHORT_FORM_LAST = 9        # 0-9: short forms, same line, column group = kind
_ONE_LINE_0 = 10            # 10-12: one-line forms, line delta 0/1/2
_NO_COLUMN = 13
_LONG_FORM = 14
_NO_LOCATION = 15


def write_varint(out, value):
    """Unsigned varint of the location table: 6-bit chunks, least significant first."""
    while value >= 64:
        out.append(64 | (value & 63))
        value >>= 6
    out.append(value)


def write_signed_varint(out, value):
    write_varint(out, (-value << 1) | 1 if value < 0 else value << 1)


def _write_entry(out, location, units, previous_line):
    """Append one entry for ``units`` (1-8) code units; return the new current line."""
    line, end_line, col, end_col = location
    head = 0x80 | (units - 1)
    if line is None:
        out.append(head | (_NO_LOCATION << 3))
        return previous_line
    delta = line - previous_line
    if col is None or end_col is None:
        if end_line == line or end_line is None:
            out.append(head | (_NO_COLUMN << 3))
            write_signed_varint(out, delta)
            return line
    elif end_line == line:
        if delta == 0 and col < 80 and 0 <= end_col - col < 16:
            out.append(head | ((col >> 3) << 3))
            out.append(((col & 7) << 4) | (end_col - col))
            return line
        if 0 <= delta < 3 and col < 128 and end_col < 128:
            out.append(head | ((_ONE_LINE_0 + delta) << 3))
            out.append(col)
            out.append(end_col)
            return line
    out.append(head | (_LONG_FORM << 3))
    write_signed_varint(out, delta)
    write_varint(out, (end_line if end_line is not None else line) - line)
    write_varint(out, col + 1 if col is not None else 0)
    write_varint(out, end_col + 1 if end_col is not None else 0)
    return line


def encode_locations(positions, firstlineno):
    """co_linetable bytes for one (line, end_line, col, end_col) per code unit (items may be
    None), as CPython 3.12 writes it: runs of equal locations share entries of <= 8 units."""
    out = bytearray()
    line = firstlineno
    i = 0
    n = len(positions)
    while i < n:
        location = positions[i]
        j = i + 1
        while j < n and positions[j] == location:
            j += 1
        run = j - i
        while run > 8:
            line = _write_entry(out, location, 8, line)
            run -= 8
        line = _write_entry(out, location, run, line)
        i = j
    return bytes(out)


# -- exception table ---------------------------------------------------------------------

def _write_exception_item(out, value, first):
    """Big-endian 6-bit chunks, bit 6 = more follows; bit 7 marks an entry's first byte."""
    chunks = [value & 63]
    value >>= 6
    while value:
        chunks.append(value & 63)
        value >>= 6
    chunks.reverse()
    for k, chunk in enumerate(chunks):
        byte = chunk | (64 if k < len(chunks) - 1 else 0)
        if first and k == 0:
            byte |= 128
        out.append(byte)


def encode_exception_table(entries):
    """co_exceptiontable bytes for (start, end, target, depth, lasti) entries in code units."""
    out = bytearray()
    for start, end, target, depth, lasti in entries:
        _write_exception_item(out, start, True)
        _write_exception_item(out, end - start, False)
        _write_exception_item(out, target, False)
        _write_exception_item(out, (depth << 1) | (1 if lasti else 0), False)
    return bytes(out)


def _read_exception_item(data, pos):
    value = data[pos] & 63
    while data[pos] & 64:
        pos += 1
        value = (value << 6) | (data[pos] & 63)
    return value, pos + 1


def decode_exception_table(data):
    """(start, end, target, depth, lasti) entries in code units, end exclusive."""
    entries = []
    pos = 0
    while pos < len(data):
        start, pos = _read_exception_item(data, pos)
        size, pos = _read_exception_item(data, pos)
        target, pos = _read_exception_item(data, pos)
        depth_lasti, pos = _read_exception_item(data, pos)
        entries.append((start, start + size, target, depth_lasti >> 1, bool(depth_lasti & 1)))
    return entries
