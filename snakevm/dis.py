"""The disassembler: the same text as CPython 3.12's ``dis.dis(code)`` (and so
``python3.12 -m dis FILE``), driven by the instruction table's argument kinds."""

from snakevm import opcodes
from snakevm.code import Code

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5
_MAKE_FUNCTION_FLAGS = ("defaults", "kwdefaults", "annotations", "closure")
_FORMAT_CONVERSIONS = ("", "str", "repr", "ascii")


def _opname(op):
    info = opcodes.BY_NUMBER.get(op)
    return info.name if info is not None else "<%d>" % op


def unpack(code_bytes):
    """(offset, opcode, arg-or-None) for each instruction, CACHE entries skipped."""
    extended = 0
    caches = 0
    for i in range(0, len(code_bytes), 2):
        if caches:
            caches -= 1
            continue
        op = code_bytes[i]
        info = opcodes.BY_NUMBER.get(op)
        caches = info.caches if info is not None else 0
        if info is not None and info.has_arg:
            arg = code_bytes[i + 1] | extended
            extended = (arg << 8) if op == opcodes.EXTENDED_ARG else 0
            if extended >= 2 ** 31:
                extended -= 2 ** 32
        else:
            arg = None
            extended = 0
        yield i, op, arg


def jump_target(offset, op, arg):
    info = opcodes.BY_NUMBER[op]
    signed = -arg if info.arg == "jump_backward" else arg
    return offset + 2 + signed * 2 + 2 * info.caches


def line_starts(code):
    starts = {}
    last = None
    for start, end, line in code.co_lines():
        if line is not None and line != last:
            last = line
            starts[start] = line
    return starts


def argument_repr(code, offset, op, arg):
    info = opcodes.BY_NUMBER[op]
    kind = info.arg
    if kind == "const":
        return repr(code.co_consts[arg])
    if kind == "global_name":
        return ("NULL + " if arg & 1 else "") + code.co_names[arg >> 1]
    if kind == "attr_name":
        return ("NULL|self + " if arg & 1 else "") + code.co_names[arg >> 1]
    if kind == "super_name":
        return ("NULL|self + " if arg & 1 else "") + code.co_names[arg >> 2]
    if kind == "name":
        return code.co_names[arg]
    if kind in ("jump_forward", "jump_backward"):
        return "to %d" % jump_target(offset, op, arg)
    if kind in ("local", "free"):
        return code.co_localsplusnames[arg]
    if kind == "compare":
        return opcodes.CMP_OPS[arg >> 4]
    if kind == "binary_op":
        return opcodes.BINARY_OPS[arg][1]
    if kind == "intrinsic1":
        return opcodes.INTRINSIC_1[arg]
    if kind == "intrinsic2":
        return opcodes.INTRINSIC_2[arg]
    if op == opcodes.FORMAT_VALUE:
        text = _FORMAT_CONVERSIONS[arg & 3]
        if arg & 4:
            text = (text + ", " if text else "") + "with format"
        return text
    if op == opcodes.MAKE_FUNCTION:
        return ", ".join(s for i, s in enumerate(_MAKE_FUNCTION_FLAGS) if arg & (1 << i))
    return ""


def adaptive_names(code):
    """{offset: specialized instruction name} for the instructions the adaptive
    interpreter has rewritten in ``code`` so far (superinstructions included)."""
    decoded = code._cache.get("decoded") or ()
    names = {}
    for op, oparg, _, index in decoded:
        info = opcodes.SPECIALIZED_BY_NUMBER.get(op)
        if info is not None:
            names[2 * index] = info.name
    return names


def disassemble_code(code, out, adaptive=False):
    """CPython's dis.dis(code) text; with ``adaptive`` the specialized instructions
    the run has written so far are shown in place (dis.dis(code, adaptive=True))."""
    specialized = adaptive_names(code) if adaptive else {}
    starts = line_starts(code)
    entries = code.exception_entries()
    raw = code.co_code
    labels = set()
    for offset, op, arg in unpack(raw):
        if arg is not None and opcodes.BY_NUMBER[op].is_jump:
            labels.add(jump_target(offset, op, arg))
    for start, end, target, depth, lasti in entries:
        labels.add(target)
    show_lineno = bool(starts)
    if show_lineno:
        max_line = max(starts.values())
        lineno_width = len(str(max_line)) if max_line >= 1000 else 3
    else:
        lineno_width = 0
    max_offset = len(raw) - 2
    offset_width = len(str(max_offset)) if max_offset >= 10000 else 4
    for offset, op, arg in unpack(raw):
        line = starts.get(offset)
        if show_lineno and line is not None and offset > 0:
            out.append("")
        fields = []
        if lineno_width:
            fields.append(("%%%dd" % lineno_width) % line if line is not None
                          else " " * lineno_width)
        fields.append("   ")
        fields.append(">>" if offset in labels else "  ")
        fields.append(repr(offset).rjust(offset_width))
        fields.append(specialized.get(offset, _opname(op)).ljust(_OPNAME_WIDTH))
        if arg is not None:
            fields.append(repr(arg).rjust(_OPARG_WIDTH))
            text = argument_repr(code, offset, op, arg)
            if text:
                fields.append("(" + text + ")")
        out.append(" ".join(fields).rstrip())
    if entries:
        out.append("ExceptionTable:")
        for start, end, target, depth, lasti in entries:
            out.append("  %d to %d -> %d [%d]%s" % (start, end - 2, target, depth,
                                                    " lasti" if lasti else ""))


def disassemble_recursive(code, out, adaptive=False):
    disassemble_code(code, out, adaptive)
    for const in code.co_consts:
        if isinstance(const, Code):
            out.append("")
            out.append("Disassembly of %r:" % (const,))
            disassemble_recursive(const, out, adaptive)


def disassemble_to_text(code, adaptive=False):
    out = []
    disassemble_recursive(code, out, adaptive)
    return "\n".join(out) + "\n"
