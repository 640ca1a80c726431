"""snakevm's code object: CPython 3.12's code layout as a plain Python class.

A ``Code`` holds exactly the fields marshal stores for a 3.12 code object
(co_localsplusnames/co_localspluskinds are the real storage; co_varnames,
co_cellvars, co_freevars and co_nlocals are derived from them, as in CPython).
Constants in ``co_consts`` are host values: int, bool, float, complex, str,
bytes, None, Ellipsis, tuple, frozenset, and nested ``Code`` objects.  The
interpreter turns them into guest objects when it loads them (the constant
bridge); nothing else here is guest-visible.

The line table (co_linetable, PEP 626/657 "locations" format) and the
exception table (co_exceptiontable) are decoded by ``co_lines()``,
``co_positions()`` and ``exception_entries()`` (snakevm/linetable.py decodes
positions; snakevm/codetables.py encodes both tables and decodes the exception
table).

Producers: snakevm.compiler (source) and snakevm.marshal (.pyc).
Consumers: snakevm.marshal (writing), snakevm.dis, the interpreter.
"""

from snakevm import opcodes as op


class Code:
    __slots__ = (
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize",
        "co_flags", "co_code", "co_consts", "co_names", "co_localsplusnames",
        "co_localspluskinds", "co_filename", "co_name", "co_qualname",
        "co_firstlineno", "co_linetable", "co_exceptiontable",
        "marshal_info",     # reader's notes for a byte-identical write-back (or None)
        "_cache",           # derived data computed lazily by other modules
        "jit_direct",       # the compiling tier's direct entry (jit/runtime.py), or None
        "jit_resume",       # (compiled function, block starts, delegations) for a generator, or None
    )

    def __init__(self, argcount, posonlyargcount, kwonlyargcount, stacksize, flags,
                 code, consts, names, localsplusnames, localspluskinds, filename,
                 name, qualname, firstlineno, linetable, exceptiontable):
        self.co_argcount = argcount
        self.co_posonlyargcount = posonlyargcount
        self.co_kwonlyargcount = kwonlyargcount
        self.co_stacksize = stacksize
        self.co_flags = flags
        self.co_code = bytes(code)
        self.co_consts = tuple(consts)
        self.co_names = tuple(names)
        self.co_localsplusnames = tuple(localsplusnames)
        self.co_localspluskinds = bytes(localspluskinds)
        self.co_filename = filename
        self.co_name = name
        self.co_qualname = qualname
        self.co_firstlineno = firstlineno
        self.co_linetable = bytes(linetable)
        self.co_exceptiontable = bytes(exceptiontable)
        self.marshal_info = None
        self._cache = {}
        self.jit_direct = None
        self.jit_resume = None

    # -- derived views of localsplus, as CPython computes them ---------------
    def _names_with_kind(self, kind):
        return tuple(name for name, k in zip(self.co_localsplusnames, self.co_localspluskinds)
                     if k & kind)

    @property
    def co_varnames(self):
        return self._names_with_kind(op.CO_FAST_LOCAL)

    @property
    def co_cellvars(self):
        return self._names_with_kind(op.CO_FAST_CELL)

    @property
    def co_freevars(self):
        return self._names_with_kind(op.CO_FAST_FREE)

    @property
    def parameter_count(self):
        """How many of the first local slots argument binding fills: the positional and
        keyword-only parameters, then *args and **kwargs when the code has them."""
        return self.co_argcount + self.co_kwonlyargcount + \
            bool(self.co_flags & op.CO_VARARGS) + bool(self.co_flags & op.CO_VARKEYWORDS)

    @property
    def co_nlocals(self):
        return len(self.co_varnames)

    @property
    def co_nlocalsplus(self):
        return len(self.co_localsplusnames)

    # -- line and position tables ----------------------------------------------------
    def co_positions(self):
        """(lineno, end_lineno, col, end_col) for every code unit, like CPython's."""
        from snakevm.linetable import decode_positions
        return iter(decode_positions(self))

    def co_lines(self):
        """(start, end, lineno) byte ranges, consecutive units of one line merged."""
        from snakevm.linetable import decode_positions
        positions = decode_positions(self)
        start = 0
        for i in range(1, len(positions) + 1):
            if i == len(positions) or positions[i][0] != positions[start][0]:
                yield start * 2, i * 2, positions[start][0]
                start = i

    def exception_entries(self):
        """(start, end, target, depth, lasti) in byte offsets, end exclusive."""
        from snakevm.codetables import decode_exception_table
        return [(s * 2, e * 2, t * 2, d, l)
                for s, e, t, d, l in decode_exception_table(self.co_exceptiontable)]

    def __repr__(self):
        return '<code object %s at 0x%x, file "%s", line %d>' % (
            self.co_name, id(self), self.co_filename, self.co_firstlineno)
