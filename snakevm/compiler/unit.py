"""Per-code-object compiler state: the instruction sequence and its tables.

A ``CompilerUnit`` is what codegen fills in for one code object (module, class
body, function, lambda, comprehension, type-parameter scope): the linear
instruction sequence with jump labels and source locations, the tables of
constants, names, local/cell/free variables, and the frame-block stack used by
``break``/``continue``/``return`` unwinding.  Locations are 4-tuples
``(lineno, end_lineno, col_offset, end_col_offset)``; ``NO_LOCATION`` marks an
artificial instruction whose line the flowgraph fills in later.
"""

import math

NO_LOCATION = (-1, -1, -1, -1)

SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION = "module", "class", "function"
SCOPE_ASYNC_FUNCTION, SCOPE_LAMBDA = "async_function", "lambda"
SCOPE_COMPREHENSION, SCOPE_TYPEPARAMS = "comprehension", "typeparams"


class Instr:
    __slots__ = ("op", "arg", "loc", "target", "except_handler")

    def __init__(self, op, arg, loc, target=None):
        self.op = op
        self.arg = arg
        self.loc = loc
        self.target = target          # label id (codegen) / Block (flowgraph)
        self.except_handler = None    # Block whose handler covers this instr

    def copy(self):
        new = Instr(self.op, self.arg, self.loc, self.target)
        new.except_handler = self.except_handler
        return new

    def __repr__(self):
        from snakevm import opcodes
        return "Instr(%s, %r, %r%s)" % (opcodes.BY_NUMBER[self.op].name, self.arg, self.loc,
                                       "" if self.target is None else ", ->%r" % (self.target,))


def const_key(value):
    """A key telling apart constants that compare equal (0, 0.0, False, -0.0, ...)."""
    t = type(value)
    if t is str or t is int:
        return (t, value)
    if t is float:
        if value == 0.0 and math.copysign(1.0, value) < 0:
            return (t, "-0.0")
        if value != value:
            return (t, "nan", id(value))     # NaNs only equal themselves (by identity)
        return (t, value)
    if t is complex:
        if value != value:
            return (t, "nan", id(value))
        return (t, const_key(value.real), const_key(value.imag))
    if t is tuple:
        return (t, tuple(const_key(v) for v in value))
    if t is frozenset:
        return (t, frozenset(const_key(v) for v in value))
    if t in (int, bool, str, bytes) or value is None or value is Ellipsis:
        return (t, value)
    if hasattr(value, "co_code"):
        # code objects compare by content, like CPython's code_richcompare
        cache = getattr(value, "_cache", None)
        if cache is not None:
            key = cache.get("const_key")
            if key is None:
                key = cache["const_key"] = _code_key(t, value)
            return key
        return _code_key(t, value)
    return (t, id(value))


def _code_key(t, value):
    return (t, value.co_name, value.co_argcount, value.co_posonlyargcount,
            value.co_kwonlyargcount, value.co_flags, value.co_firstlineno, value.co_code,
            tuple(const_key(c) for c in value.co_consts), value.co_names,
            value.co_localsplusnames, value.co_linetable, value.co_exceptiontable)


class CompilerUnit:
    def __init__(self, name, scope_type, ste, firstlineno):
        self.name = name
        self.qualname = None
        self.scope_type = scope_type
        self.ste = ste
        self.firstlineno = firstlineno
        self.instrs = []
        self.labels = []            # label id -> instruction index (or -1)
        self.consts = {}            # const_key -> index
        self.const_values = []
        self.names = {}
        self.varnames = {}
        self.cellvars = {}
        self.freevars = {}
        self.fasthidden = {}
        self.argcount = self.posonlyargcount = self.kwonlyargcount = 0
        self.fblocks = []
        self.private = None
        self.in_inlined_comp = 0

    def new_label(self):
        self.labels.append(-1)
        return len(self.labels) - 1

    def use_label(self, label):
        self.labels[label] = len(self.instrs)

    def add_const(self, value):
        key = const_key(value)
        index = self.consts.get(key)
        if index is None:
            index = len(self.const_values)
            self.consts[key] = index
            self.const_values.append(value)
        return index

    @staticmethod
    def add_to(table, name):
        index = table.get(name)
        if index is None:
            index = len(table)
            table[name] = index
        return index
