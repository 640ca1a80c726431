"""The one instruction table for CPython 3.12 bytecode.

Every instruction is declared once here: its name, its number, the kind of its
argument, how many inline CACHE entries follow it, and what it does to the
value stack (how many values it pops and pushes, as small expressions in
``oparg``).  The compiler (stack depth, jump resolution), the disassembler
(argument rendering, cache skipping) and the interpreter (handler check) all
read this table; tests/test_opcodes.py checks it against CPython 3.12's own
``opcode`` and ``dis`` modules.

Argument kinds (``Instruction.arg``):
  none          no argument (oparg is ignored, still encoded as 0)
  int           plain integer (counts, flags, depth)
  const         index into co_consts
  name          index into co_names
  global_name   co_names[oparg >> 1]; bit 0 = also push NULL
  attr_name     co_names[oparg >> 1]; bit 0 = method-style load
  super_name    co_names[oparg >> 2]; bits 0/1 = method / two-arg super
  local         index into the fast locals (co_varnames part of localsplus)
  free          index into localsplus (cells and free variables)
  jump_forward  relative jump forward, in code units after the caches
  jump_backward relative jump backward, in code units after the caches
  compare       COMPARE_OP: comparison index is oparg >> 4
  binary_op     BINARY_OP: index into BINARY_OPS
  intrinsic1    CALL_INTRINSIC_1: index into INTRINSIC_1
  intrinsic2    CALL_INTRINSIC_2: index into INTRINSIC_2
  exc_handler   pseudo SETUP_*: target label of the handler

Families (``Instruction.family``):
  real          appears in code objects and is executed by the interpreter
  instrumented  only ever written by sys.monitoring; never in a .pyc
  pseudo        compiler-internal (number >= 256); replaced before assembly
"""

from dataclasses import dataclass, field

HAVE_ARGUMENT = 90          # opcodes >= this take an argument (real ones)
MIN_INSTRUMENTED_OPCODE = 237
MIN_PSEUDO_OPCODE = 256
CODEUNIT_SIZE = 2           # bytes per instruction word


@dataclass(frozen=True)
class Instruction:
    name: str
    number: int
    arg: str = "none"
    caches: int = 0
    pops: str = "0"
    pushes: str = "0"
    # Only the exception-setup pseudo instructions differ when the jump is taken.
    jump_pushes: str | None = None
    family: str = "real"
    base: str = ""              # specialized instructions: the family's instruction
    _pops_fn: object = field(default=None, repr=False, compare=False)
    _pushes_fn: object = field(default=None, repr=False, compare=False)

    @property
    def has_arg(self):
        return self.arg != "none" or self.number >= HAVE_ARGUMENT

    @property
    def is_jump(self):
        return self.arg in ("jump_forward", "jump_backward")

    @property
    def size(self):
        """Size in code units, without EXTENDED_ARG prefixes."""
        return 1 + self.caches

    def popped(self, oparg=0):
        return self._pops_fn(oparg)

    def pushed(self, oparg=0, jump=False):
        if jump and self.jump_pushes is not None:
            return _compile_expr(self.jump_pushes)(oparg)
        return self._pushes_fn(oparg)

    def stack_effect(self, oparg=0, jump=False):
        return self.pushed(oparg, jump) - self.popped(oparg)


def _compile_expr(text):
    """The stack-effect expression ``text`` as a function of oparg (one per distinct text:
    the table has some 400 uses of 16 expressions)."""
    function = _COMPILED_EXPRESSIONS.get(text)
    if function is None:
        function = eval("lambda oparg: " + text, {"__builtins__": {}, "bitcount": _bitcount})
        _COMPILED_EXPRESSIONS[text] = function
    return function


_COMPILED_EXPRESSIONS = {}


def _bitcount(n):
    return bin(n).count("1")


#  name                        number arg           caches pops                        pushes
_TABLE = """
CACHE                            0  none            0  0                           0
POP_TOP                          1  none            0  1                           0
PUSH_NULL                        2  none            0  0                           1
INTERPRETER_EXIT                 3  none            0  1                           0
END_FOR                          4  none            0  2                           0
END_SEND                         5  none            0  2                           1
NOP                              9  none            0  0                           0
UNARY_NEGATIVE                  11  none            0  1                           1
UNARY_NOT                       12  none            0  1                           1
UNARY_INVERT                    15  none            0  1                           1
RESERVED                        17  none            0  0                           0
BINARY_SUBSCR                   25  none            1  2                           1
BINARY_SLICE                    26  none            0  3                           1
STORE_SLICE                     27  none            0  4                           0
GET_LEN                         30  none            0  1                           2
MATCH_MAPPING                   31  none            0  1                           2
MATCH_SEQUENCE                  32  none            0  1                           2
MATCH_KEYS                      33  none            0  2                           3
PUSH_EXC_INFO                   35  none            0  1                           2
CHECK_EXC_MATCH                 36  none            0  2                           2
CHECK_EG_MATCH                  37  none            0  2                           2
WITH_EXCEPT_START               49  none            0  4                           5
GET_AITER                       50  none            0  1                           1
GET_ANEXT                       51  none            0  1                           2
BEFORE_ASYNC_WITH               52  none            0  1                           2
BEFORE_WITH                     53  none            0  1                           2
END_ASYNC_FOR                   54  none            0  2                           0
CLEANUP_THROW                   55  none            0  3                           2
STORE_SUBSCR                    60  none            1  3                           0
DELETE_SUBSCR                   61  none            0  2                           0
GET_ITER                        68  none            0  1                           1
GET_YIELD_FROM_ITER             69  none            0  1                           1
LOAD_BUILD_CLASS                71  none            0  0                           1
LOAD_ASSERTION_ERROR            74  none            0  0                           1
RETURN_GENERATOR                75  none            0  0                           0
RETURN_VALUE                    83  none            0  1                           0
SETUP_ANNOTATIONS               85  none            0  0                           0
LOAD_LOCALS                     87  none            0  0                           1
POP_EXCEPT                      89  none            0  1                           0
STORE_NAME                      90  name            0  1                           0
DELETE_NAME                     91  name            0  0                           0
UNPACK_SEQUENCE                 92  int             1  1                           oparg
FOR_ITER                        93  jump_forward    1  1                           2
UNPACK_EX                       94  int             0  1                           (oparg&0xFF)+(oparg>>8)+1
STORE_ATTR                      95  name            4  2                           0
DELETE_ATTR                     96  name            0  1                           0
STORE_GLOBAL                    97  name            0  1                           0
DELETE_GLOBAL                   98  name            0  0                           0
SWAP                            99  int             0  oparg                       oparg
LOAD_CONST                     100  const           0  0                           1
LOAD_NAME                      101  name            0  0                           1
BUILD_TUPLE                    102  int             0  oparg                       1
BUILD_LIST                     103  int             0  oparg                       1
BUILD_SET                      104  int             0  oparg                       1
BUILD_MAP                      105  int             0  oparg*2                     1
LOAD_ATTR                      106  attr_name       9  1                           1+(oparg&1)
COMPARE_OP                     107  compare         1  2                           1
IMPORT_NAME                    108  name            0  2                           1
IMPORT_FROM                    109  name            0  1                           2
JUMP_FORWARD                   110  jump_forward    0  0                           0
POP_JUMP_IF_FALSE              114  jump_forward    0  1                           0
POP_JUMP_IF_TRUE               115  jump_forward    0  1                           0
LOAD_GLOBAL                    116  global_name     4  0                           1+(oparg&1)
IS_OP                          117  int             0  2                           1
CONTAINS_OP                    118  int             0  2                           1
RERAISE                        119  int             0  oparg+1                     oparg
COPY                           120  int             0  oparg                       oparg+1
RETURN_CONST                   121  const           0  0                           0
BINARY_OP                      122  binary_op       1  2                           1
SEND                           123  jump_forward    1  2                           2
LOAD_FAST                      124  local           0  0                           1
STORE_FAST                     125  local           0  1                           0
DELETE_FAST                    126  local           0  0                           0
LOAD_FAST_CHECK                127  local           0  0                           1
POP_JUMP_IF_NOT_NONE           128  jump_forward    0  1                           0
POP_JUMP_IF_NONE               129  jump_forward    0  1                           0
RAISE_VARARGS                  130  int             0  oparg                       0
GET_AWAITABLE                  131  int             0  1                           1
MAKE_FUNCTION                  132  int             0  1+bitcount(oparg&0xF)       1
BUILD_SLICE                    133  int             0  3 if oparg==3 else 2        1
JUMP_BACKWARD_NO_INTERRUPT     134  jump_backward   0  0                           0
MAKE_CELL                      135  free            0  0                           0
LOAD_CLOSURE                   136  free            0  0                           1
LOAD_DEREF                     137  free            0  0                           1
STORE_DEREF                    138  free            0  1                           0
DELETE_DEREF                   139  free            0  0                           0
JUMP_BACKWARD                  140  jump_backward   0  0                           0
LOAD_SUPER_ATTR                141  super_name      1  3                           1+(oparg&1)
CALL_FUNCTION_EX               142  int             0  3+(oparg&1)                 1
LOAD_FAST_AND_CLEAR            143  local           0  0                           1
EXTENDED_ARG                   144  int             0  0                           0
LIST_APPEND                    145  int             0  oparg+1                     oparg
SET_ADD                        146  int             0  oparg+1                     oparg
MAP_ADD                        147  int             0  oparg+2                     oparg
COPY_FREE_VARS                 149  int             0  0                           0
YIELD_VALUE                    150  int             0  1                           1
RESUME                         151  int             0  0                           0
MATCH_CLASS                    152  int             0  3                           1
FORMAT_VALUE                   155  int             0  2 if oparg&4 else 1         1
BUILD_CONST_KEY_MAP            156  int             0  oparg+1                     1
BUILD_STRING                   157  int             0  oparg                       1
LIST_EXTEND                    162  int             0  oparg+1                     oparg
SET_UPDATE                     163  int             0  oparg+1                     oparg
DICT_MERGE                     164  int             0  oparg+1                     oparg
DICT_UPDATE                    165  int             0  oparg+1                     oparg
CALL                           171  int             3  oparg+2                     1
KW_NAMES                       172  const           0  0                           0
CALL_INTRINSIC_1               173  intrinsic1      0  1                           1
CALL_INTRINSIC_2               174  intrinsic2      0  2                           1
LOAD_FROM_DICT_OR_GLOBALS      175  name            0  1                           1
LOAD_FROM_DICT_OR_DEREF        176  free            0  1                           1
"""

# sys.monitoring rewrites code in place with these; they never occur in a .pyc.
_INSTRUMENTED = """
INSTRUMENTED_LOAD_SUPER_ATTR      237  super_name     0  3                    1+(oparg&1)
INSTRUMENTED_POP_JUMP_IF_NONE     238  jump_forward   0  0                    0
INSTRUMENTED_POP_JUMP_IF_NOT_NONE 239  jump_forward   0  0                    0
INSTRUMENTED_RESUME               240  int            0  0                    0
INSTRUMENTED_CALL                 241  int            0  0                    0
INSTRUMENTED_RETURN_VALUE         242  none           0  1                    0
INSTRUMENTED_YIELD_VALUE          243  int            0  0                    0
INSTRUMENTED_CALL_FUNCTION_EX     244  int            0  0                    0
INSTRUMENTED_JUMP_FORWARD         245  jump_forward   0  0                    0
INSTRUMENTED_JUMP_BACKWARD        246  jump_backward  0  0                    0
INSTRUMENTED_RETURN_CONST         247  const          0  0                    0
INSTRUMENTED_FOR_ITER             248  jump_forward   0  0                    0
INSTRUMENTED_POP_JUMP_IF_FALSE    249  jump_forward   0  0                    0
INSTRUMENTED_POP_JUMP_IF_TRUE     250  jump_forward   0  0                    0
INSTRUMENTED_END_FOR              251  none           0  2                    0
INSTRUMENTED_END_SEND             252  none           0  2                    1
INSTRUMENTED_INSTRUCTION          253  none           0  0                    0
INSTRUMENTED_LINE                 254  none           0  0                    0
"""

# Compiler-only instructions; flowgraph/assembly turns each into a real one (or none).
#  name                    number arg          pops   pushes  pushes-if-jumping
_PSEUDO = """
SETUP_FINALLY              256  exc_handler     0      0       1
SETUP_CLEANUP              257  exc_handler     0      0       2
SETUP_WITH                 258  exc_handler     0      0       1
POP_BLOCK                  259  none            0      0       -
JUMP                       260  jump_forward    0      0       -
JUMP_NO_INTERRUPT          261  jump_forward    0      0       -
LOAD_METHOD                262  attr_name       1      2       -
LOAD_SUPER_METHOD          263  super_name      3      2       -
LOAD_ZERO_SUPER_METHOD     264  super_name      3      2       -
LOAD_ZERO_SUPER_ATTR       265  super_name      3      2       -
STORE_FAST_MAYBE_NULL      266  local           1      0       -
"""


# Specialized family members (CPython 3.12's opcode._specializations, numbers from its
# dis._all_opmap): the adaptive interpreter rewrites a running instruction into one of
# these when its operands allow (interpreter/specialize.py); they never occur in a .pyc.
# Argument kind, cache entries and stack effect are those of the family's instruction.
#  name                                   number  family
_SPECIALIZED = """
BINARY_OP_ADD_FLOAT                          6  BINARY_OP
BINARY_OP_ADD_INT                            7  BINARY_OP
BINARY_OP_ADD_UNICODE                        8  BINARY_OP
BINARY_OP_INPLACE_ADD_UNICODE               10  BINARY_OP
BINARY_OP_MULTIPLY_FLOAT                    13  BINARY_OP
BINARY_OP_MULTIPLY_INT                      14  BINARY_OP
BINARY_OP_SUBTRACT_FLOAT                    16  BINARY_OP
BINARY_OP_SUBTRACT_INT                      18  BINARY_OP
BINARY_SUBSCR_DICT                          19  BINARY_SUBSCR
BINARY_SUBSCR_GETITEM                       20  BINARY_SUBSCR
BINARY_SUBSCR_LIST_INT                      21  BINARY_SUBSCR
BINARY_SUBSCR_TUPLE_INT                     22  BINARY_SUBSCR
CALL_PY_EXACT_ARGS                          23  CALL
CALL_PY_WITH_DEFAULTS                       24  CALL
CALL_BOUND_METHOD_EXACT_ARGS                28  CALL
CALL_BUILTIN_CLASS                          29  CALL
CALL_BUILTIN_FAST_WITH_KEYWORDS             34  CALL
CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS   38  CALL
CALL_NO_KW_BUILTIN_FAST                     39  CALL
CALL_NO_KW_BUILTIN_O                        40  CALL
CALL_NO_KW_ISINSTANCE                       41  CALL
CALL_NO_KW_LEN                              42  CALL
CALL_NO_KW_LIST_APPEND                      43  CALL
CALL_NO_KW_METHOD_DESCRIPTOR_FAST           44  CALL
CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS         45  CALL
CALL_NO_KW_METHOD_DESCRIPTOR_O              46  CALL
CALL_NO_KW_STR_1                            47  CALL
CALL_NO_KW_TUPLE_1                          48  CALL
CALL_NO_KW_TYPE_1                           56  CALL
COMPARE_OP_FLOAT                            57  COMPARE_OP
COMPARE_OP_INT                              58  COMPARE_OP
COMPARE_OP_STR                              59  COMPARE_OP
FOR_ITER_LIST                               62  FOR_ITER
FOR_ITER_TUPLE                              63  FOR_ITER
FOR_ITER_RANGE                              64  FOR_ITER
FOR_ITER_GEN                                65  FOR_ITER
LOAD_SUPER_ATTR_ATTR                        66  LOAD_SUPER_ATTR
LOAD_SUPER_ATTR_METHOD                      67  LOAD_SUPER_ATTR
LOAD_ATTR_CLASS                             70  LOAD_ATTR
LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN           72  LOAD_ATTR
LOAD_ATTR_INSTANCE_VALUE                    73  LOAD_ATTR
LOAD_ATTR_MODULE                            76  LOAD_ATTR
LOAD_ATTR_PROPERTY                          77  LOAD_ATTR
LOAD_ATTR_SLOT                              78  LOAD_ATTR
LOAD_ATTR_WITH_HINT                         79  LOAD_ATTR
LOAD_ATTR_METHOD_LAZY_DICT                  80  LOAD_ATTR
LOAD_ATTR_METHOD_NO_DICT                    81  LOAD_ATTR
LOAD_ATTR_METHOD_WITH_VALUES                82  LOAD_ATTR
LOAD_CONST__LOAD_FAST                       84  LOAD_CONST
LOAD_FAST__LOAD_CONST                       86  LOAD_FAST
LOAD_FAST__LOAD_FAST                        88  LOAD_FAST
LOAD_GLOBAL_BUILTIN                        111  LOAD_GLOBAL
LOAD_GLOBAL_MODULE                         112  LOAD_GLOBAL
STORE_ATTR_INSTANCE_VALUE                  113  STORE_ATTR
STORE_ATTR_SLOT                            148  STORE_ATTR
STORE_ATTR_WITH_HINT                       153  STORE_ATTR
STORE_FAST__LOAD_FAST                      154  STORE_FAST
STORE_FAST__STORE_FAST                     158  STORE_FAST
STORE_SUBSCR_DICT                          159  STORE_SUBSCR
STORE_SUBSCR_LIST_INT                      160  STORE_SUBSCR
UNPACK_SEQUENCE_LIST                       161  UNPACK_SEQUENCE
UNPACK_SEQUENCE_TUPLE                      166  UNPACK_SEQUENCE
UNPACK_SEQUENCE_TWO_TUPLE                  167  UNPACK_SEQUENCE
SEND_GEN                                   168  SEND
"""


def _parse_rows(text, family):
    rows = []
    for line in text.strip().splitlines():
        if family == "pseudo":
            name, number, arg, pops, pushes, jump_pushes = line.split()
            jump_pushes = None if jump_pushes == "-" else jump_pushes
            caches = "0"
        else:
            name, number, arg, caches, rest = line.split(None, 4)
            pops, pushes = _split_pops_pushes(rest)
            jump_pushes = None
        rows.append(Instruction(
            name, int(number), arg, int(caches), pops, pushes, jump_pushes, family,
            _pops_fn=_compile_expr(pops), _pushes_fn=_compile_expr(pushes)))
    return rows


def _split_pops_pushes(rest):
    # The two columns are separated by a run of two or more spaces.
    parts = [p.strip() for p in rest.split("  ") if p.strip()]
    assert len(parts) == 2, rest
    return parts[0], parts[1]


INSTRUCTIONS = (_parse_rows(_TABLE, "real") + _parse_rows(_INSTRUMENTED, "instrumented")
                + _parse_rows(_PSEUDO, "pseudo"))
REAL = [ins for ins in INSTRUCTIONS if ins.family == "real"]


def _specialized_rows(text):
    rows = []
    for line in text.strip().splitlines():
        name, number, base = line.split()
        family = next(ins for ins in REAL if ins.name == base)
        rows.append(Instruction(name, int(number), family.arg, family.caches, family.pops,
                                family.pushes, None, "specialized", base,
                                _pops_fn=family._pops_fn, _pushes_fn=family._pushes_fn))
    return rows


# Not in INSTRUCTIONS (which is exactly CPython's opcode.opmap) nor in BY_NUMBER (a
# specialized opcode in co_code is an invalid opcode), but named and numbered.
SPECIALIZED = _specialized_rows(_SPECIALIZED)
BY_NAME = {ins.name: ins for ins in INSTRUCTIONS + SPECIALIZED}
BY_NUMBER = {ins.number: ins for ins in INSTRUCTIONS}
SPECIALIZED_BY_NUMBER = {ins.number: ins for ins in SPECIALIZED}

# Convenience: opcode numbers as module constants (opcodes.LOAD_CONST == 100).
globals().update({ins.name: ins.number for ins in INSTRUCTIONS + SPECIALIZED})

# Names of the operand tables some arguments index into.
CMP_OPS = ("<", "<=", "==", "!=", ">", ">=")

BINARY_OPS = (  # (enum name, operator) -- index is the BINARY_OP oparg
    ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"),
    ("NB_OR", "|"), ("NB_POWER", "**"), ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"),
    ("NB_TRUE_DIVIDE", "/"), ("NB_XOR", "^"),
    ("NB_INPLACE_ADD", "+="), ("NB_INPLACE_AND", "&="), ("NB_INPLACE_FLOOR_DIVIDE", "//="),
    ("NB_INPLACE_LSHIFT", "<<="), ("NB_INPLACE_MATRIX_MULTIPLY", "@="),
    ("NB_INPLACE_MULTIPLY", "*="), ("NB_INPLACE_REMAINDER", "%="), ("NB_INPLACE_OR", "|="),
    ("NB_INPLACE_POWER", "**="), ("NB_INPLACE_RSHIFT", ">>="), ("NB_INPLACE_SUBTRACT", "-="),
    ("NB_INPLACE_TRUE_DIVIDE", "/="), ("NB_INPLACE_XOR", "^="),
)

INTRINSIC_1 = (
    "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
)

INTRINSIC_2 = (
    "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
)

# Flags of MAKE_FUNCTION's oparg.
MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS = 0x01, 0x02
MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_CLOSURE = 0x04, 0x08

# Code object flags (co_flags).
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 0x10, 0x20, 0x40, 0x80
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 0x100, 0x200

# Kinds of localsplus entries (co_localspluskinds).
CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN = 0x20, 0x40, 0x80, 0x10
CO_FAST_ARG_POS, CO_FAST_ARG_KW, CO_FAST_ARG_VAR = 0x02, 0x04, 0x08


def iter_instructions(raw):
    """Walk co_code: yield (first index incl. EXTENDED_ARG prefixes, index of the
    instruction proper, opcode, oparg with the prefixes folded in, index after its
    cache entries), in code units.  Trailing prefixes with no instruction after
    them come last as (first index, len, EXTENDED_ARG, oparg, len)."""
    count = len(raw) // 2
    i = ext = start = 0
    while i < count:
        opcode, arg = raw[2 * i], raw[2 * i + 1]
        if opcode == EXTENDED_ARG:
            ext = (ext | arg) << 8
            i += 1
            continue
        info = BY_NUMBER.get(opcode)
        nxt = i + 1 + (info.caches if info is not None else 0)
        yield start, i, opcode, ext | arg, nxt
        ext = 0
        i = start = nxt
    if start < count:
        yield start, count, EXTENDED_ARG, ext >> 8, count
