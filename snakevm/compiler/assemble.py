"""Assembly: a finished CompilerUnit -> ``snakevm.code.Code``.

Runs the flowgraph pass, lays out the localsplus table (locals, then cells
that are not arguments, then free variables; MAKE_CELL/COPY_FREE_VARS and the
generator prologue are inserted here), computes the stack depth, lowers pseudo
instructions, resolves jump offsets (adding EXTENDED_ARG prefixes), and encodes
the bytecode with its inline CACHE entries, the 3.12 location table and the
exception table.
"""

from snakevm import opcodes as op
from snakevm.code import Code
from snakevm.compiler import flowgraph as fg
from snakevm.compiler.unit import NO_LOCATION, Instr, const_key


def build_cellfixedoffsets(unit):
    nlocals = len(unit.varnames)
    ncells = len(unit.cellvars)
    nfree = len(unit.freevars)
    fixed = [nlocals + i for i in range(ncells + nfree)]
    for name, cellindex in unit.cellvars.items():
        varindex = unit.varnames.get(name)
        if varindex is not None:
            fixed[cellindex] = varindex
    return fixed


def insert_prefix_instructions(unit, entry, fixed, nfreevars, code_flags):
    prefix = []
    if code_flags & (op.CO_GENERATOR | op.CO_COROUTINE | op.CO_ASYNC_GENERATOR):
        prefix.append(Instr(op.RETURN_GENERATOR, 0,
                            (unit.firstlineno, unit.firstlineno, -1, -1)))
        prefix.append(Instr(op.POP_TOP, 0, NO_LOCATION))
    ncells = len(unit.cellvars)
    if ncells:
        nvars = ncells + len(unit.varnames)
        sorted_ = [0] * nvars
        for i in range(ncells):
            sorted_[fixed[i]] = i + 1
        cells = []
        for i in range(nvars):
            oldindex = sorted_[i] - 1
            if oldindex == -1:
                continue
            cells.append(Instr(op.MAKE_CELL, oldindex, NO_LOCATION))
        prefix = cells + prefix
    if nfreevars:
        prefix.insert(0, Instr(op.COPY_FREE_VARS, nfreevars, NO_LOCATION))
    entry.instrs[0:0] = prefix


DEREF_OPS = {op.MAKE_CELL, op.LOAD_CLOSURE, op.LOAD_DEREF, op.STORE_DEREF, op.DELETE_DEREF,
             op.LOAD_FROM_DICT_OR_DEREF}


def fix_cell_offsets(unit, g, fixedmap):
    nlocals = len(unit.varnames)
    noffsets = len(unit.cellvars) + len(unit.freevars)
    numdropped = 0
    for i in range(noffsets):
        if fixedmap[i] == i + nlocals:
            fixedmap[i] -= numdropped
        else:
            numdropped += 1
    for b in g.iter_blocks():
        for ins in b.instrs:
            if ins.op in DEREF_OPS:
                ins.arg = fixedmap[ins.arg]
    return numdropped


def compute_localsplus(unit):
    names = []
    kinds = []
    for name in unit.varnames:
        kind = op.CO_FAST_LOCAL
        if name in unit.fasthidden:
            kind |= op.CO_FAST_HIDDEN
        if name in unit.cellvars:
            kind |= op.CO_FAST_CELL
        names.append(name)
        kinds.append(kind)
    for name in unit.cellvars:
        if name in unit.varnames:
            continue
        names.append(name)
        kinds.append(op.CO_FAST_CELL)
    for name in unit.freevars:
        names.append(name)
        kinds.append(op.CO_FAST_FREE)
    return names, kinds


# -- encoding -----------------------------------------------------------------------

def _varint(out, val):
    while val >= 64:
        out.append(64 | (val & 63))
        val >>= 6
    out.append(val)


def _svarint(out, val):
    _varint(out, ((-val) << 1) | 1 if val < 0 else val << 1)


class LineTableWriter:
    def __init__(self, firstlineno):
        self.out = bytearray()
        self.lineno = firstlineno

    def emit(self, loc, isize):
        while isize > 8:
            self._entry(loc, 8)
            isize -= 8
        if isize:
            self._entry(loc, isize)

    def _first(self, code, length):
        self.out.append(0x80 | (code << 3) | (length - 1))

    def _entry(self, loc, isize):
        lineno, end_lineno, col, end_col = loc
        out = self.out
        if lineno < 0:
            self._first(15, isize)
            return
        line_delta = lineno - self.lineno
        if col < 0 or end_col < 0:
            if end_lineno == lineno or end_lineno == -1:
                self._first(13, isize)
                _svarint(out, line_delta)
                self.lineno = lineno
                return
        elif end_lineno == lineno:
            if line_delta == 0 and col < 80 and end_col - col < 16 and end_col >= col:
                self._first(col >> 3, isize)
                out.append(((col & 7) << 4) | (end_col - col))
                return
            if 0 <= line_delta < 3 and col < 128 and end_col < 128:
                self._first(10 + line_delta, isize)
                out.append(col)
                out.append(end_col)
                self.lineno = lineno
                return
        self._first(14, isize)
        _svarint(out, line_delta)
        _varint(out, end_lineno - lineno)
        _varint(out, col + 1)
        _varint(out, end_col + 1)
        self.lineno = lineno


def _except_item(out, value, msb):
    if value >= 1 << 24:
        out.append((value >> 24) | 64 | msb)
        msb = 0
    if value >= 1 << 18:
        out.append(((value >> 18) & 0x3F) | 64 | msb)
        msb = 0
    if value >= 1 << 12:
        out.append(((value >> 12) & 0x3F) | 64 | msb)
        msb = 0
    if value >= 1 << 6:
        out.append(((value >> 6) & 0x3F) | 64 | msb)
        msb = 0
    out.append((value & 0x3F) | msb)


def _except_entry(out, start, end, handler):
    depth = handler.startdepth - 1
    if handler.preserve_lasti:
        depth -= 1
    depth_lasti = (depth << 1) | int(handler.preserve_lasti)
    _except_item(out, start, 1 << 7)
    _except_item(out, end - start, 0)
    _except_item(out, handler.offset, 0)
    _except_item(out, depth_lasti, 0)


_HAS_ARG = [False] * 512
for _ins in op.INSTRUCTIONS:
    _HAS_ARG[_ins.number] = _ins.has_arg


def encode(g, firstlineno):
    code = bytearray()
    lines = LineTableWriter(firstlineno)
    excs = bytearray()
    loc = NO_LOCATION
    loc_size = 0
    handler = None
    handler_start = -1
    offset = 0
    caches = fg.CACHES
    extended = op.EXTENDED_ARG
    for b in g.iter_blocks():
        for ins in b.instrs:
            opcode = ins.op
            arg = ins.arg if _HAS_ARG[opcode] else 0
            ncaches = caches[opcode]
            if arg > 0xFF:
                if arg > 0xFFFFFF:
                    code += bytes((extended, (arg >> 24) & 0xFF))
                if arg > 0xFFFF:
                    code += bytes((extended, (arg >> 16) & 0xFF))
                code += bytes((extended, (arg >> 8) & 0xFF))
                size = fg.instr_size(ins)
            else:
                size = 1 + ncaches
            code.append(opcode)
            code.append(arg & 0xFF)
            if ncaches:
                code += bytes(2 * ncaches)
            # locations
            if ins.loc != loc:
                lines.emit(loc, loc_size)
                loc = ins.loc
                loc_size = 0
            loc_size += size
            # exception table
            h = ins.except_handler
            if h is not handler:
                if handler is not None:
                    _except_entry(excs, handler_start, offset, handler)
                handler_start = offset
                handler = h
            offset += size
    lines.emit(loc, loc_size)
    if handler is not None:
        _except_entry(excs, handler_start, offset, handler)
    return bytes(code), bytes(lines.out), bytes(excs)


def assemble_unit(unit, code_flags, filename, shared=None):
    from snakevm.compiler.codegen_common import merge_const
    if shared is None:
        shared = {}
    consts = list(unit.const_values)
    const_cache = {}
    for i, v in enumerate(consts):
        const_cache.setdefault(const_key(v), i)
    g = fg.sequence_to_cfg(unit)
    nparams = len(unit.ste.varnames)
    nlocals = len(unit.varnames)
    consts = fg.optimize_code_unit(g, consts, const_cache, nlocals, nparams, unit.firstlineno,
                                   lambda v: merge_const(shared, v))
    # localsplus
    fixed = build_cellfixedoffsets(unit)
    insert_prefix_instructions(unit, g.entry, fixed, len(unit.freevars), code_flags)
    fix_cell_offsets(unit, g, fixed)
    maxdepth = fg.stackdepth(g, code_flags)
    fg.convert_pseudo_ops(g)
    fg.normalize_jumps(g)
    fg.resolve_jump_offsets(g)
    code, linetable, exceptiontable = encode(g, unit.firstlineno)
    names, kinds = compute_localsplus(unit)
    names = merge_const(shared, tuple(names))
    co_names = merge_const(shared, tuple(unit.names))
    consts = merge_const(shared, tuple(consts))
    linetable = merge_const(shared, linetable)
    exceptiontable = merge_const(shared, exceptiontable)
    result = Code(unit.argcount + unit.posonlyargcount, unit.posonlyargcount,
                  unit.kwonlyargcount, maxdepth, code_flags,
                  code, consts, co_names, names, kinds, filename, unit.name,
                  unit.qualname, unit.firstlineno, linetable, exceptiontable)
    result._cache["verified"] = True    # the interpreter's verifier trusts the compiler
    return result
