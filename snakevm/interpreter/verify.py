"""The bytecode verifier: checks a code object that did not come from snakevm's
compiler (a .pyc, code.replace(), marshal.loads...) before it first runs.

What the interpreter relies on, and what a crafted code object could break:

* co_code is whole instructions of known, real opcodes (no CACHE, pseudo or
  instrumented ones), with their inline cache entries inside the code;
* every oparg is in range for its kind: constants, names, fast locals, cells and
  free variables (with the right kind), comparison, binary and intrinsic numbers;
* every jump lands on an instruction inside the code;
* the value stack never underflows and never exceeds co_stacksize, on every path,
  with the same depth wherever paths meet (abstract interpretation over the
  instruction table's stack effects, as the compiler computes co_stacksize), and
  the NULL a call sequence pushes only ever reaches CALL/CALL_FUNCTION_EX;
* the exception table's ranges and handlers are inside the code, and a handler's
  depth fits the stack; no path falls off the end of the code.

A code object that fails is refused with a guest SystemError naming the defect
(CPython would crash or misbehave).  Code objects snakevm's compiler made are
trusted (``code._cache["verified"]``)."""

from snakevm import opcodes as op
from snakevm.codetables import decode_exception_table

_JUMPS = frozenset(ins.number for ins in op.REAL if ins.is_jump)
_UNCONDITIONAL = {op.BY_NAME[n].number for n in (
    "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT")}
_SCOPE_EXITS = {op.BY_NAME[n].number for n in (
    "RETURN_VALUE", "RETURN_CONST", "RAISE_VARARGS", "RERAISE")}
_NOT_IN_CODE = {op.BY_NAME[n].number for n in ("CACHE", "RESERVED", "INTERPRETER_EXIT")}
_EXTENDED_ARG = op.BY_NAME["EXTENDED_ARG"].number
_RETURN_GENERATOR = op.BY_NAME["RETURN_GENERATOR"].number
_COPY, _SWAP = op.BY_NAME["COPY"].number, op.BY_NAME["SWAP"].number
_CALL, _CALL_FUNCTION_EX = op.BY_NAME["CALL"].number, op.BY_NAME["CALL_FUNCTION_EX"].number
_PUSH_NULL = op.BY_NAME["PUSH_NULL"].number
_LOAD_FAST_AND_CLEAR = op.BY_NAME["LOAD_FAST_AND_CLEAR"].number
_STORES_BACK = {op.BY_NAME[n].number for n in ("STORE_FAST", "POP_TOP")}
NULL_MARK, UNBOUND_MARK = "NULL", "UNBOUND"
_LOAD_FAST = op.BY_NAME["LOAD_FAST"].number
_FOR_ITER, _END_FOR = op.BY_NAME["FOR_ITER"].number, op.BY_NAME["END_FOR"].number
# instructions that work on the container ``oparg`` slots down the stack
_PEEKS_BELOW = {op.BY_NAME[n].number for n in (
    "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE",
    "DICT_MERGE")}
_DICT_MERGE = op.BY_NAME["DICT_MERGE"].number
_STORE_FAST, _MAKE_CELL = op.BY_NAME["STORE_FAST"].number, op.BY_NAME["MAKE_CELL"].number
_UNBINDS_LOCAL = {op.BY_NAME[n].number for n in ("DELETE_FAST", "LOAD_FAST_AND_CLEAR")}
_COPY_FREE_VARS = op.BY_NAME["COPY_FREE_VARS"].number
_USES_CELL = {op.BY_NAME[n].number for n in (
    "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE", "LOAD_FROM_DICT_OR_DEREF")}
# with oparg & 1, these push a NULL (or a method) below their result
_MAY_PUSH_NULL_BELOW = {op.BY_NAME[n].number for n in ("LOAD_GLOBAL", "LOAD_ATTR",
                                                        "LOAD_SUPER_ATTR")}
# instructions that may put a mark (NULL or the LOAD_FAST_AND_CLEAR value) on the stack
_MARKS_PUSHED = frozenset({_PUSH_NULL, _LOAD_FAST_AND_CLEAR} | _MAY_PUSH_NULL_BELOW)
_CELL_OPS = {op.BY_NAME[n].number for n in ("MAKE_CELL", "LOAD_CLOSURE", "LOAD_DEREF",
                                              "STORE_DEREF", "DELETE_DEREF",
                                              "LOAD_FROM_DICT_OR_DEREF")}
_GENERATOR_FLAGS = op.CO_GENERATOR | op.CO_COROUTINE | op.CO_ASYNC_GENERATOR
MAX_STACKSIZE = 1 << 20


class InvalidCode(Exception):
    """A defect of a code object (reported to the guest as SystemError)."""


def verify(code):
    """Raise InvalidCode if ``code`` is unsafe to run; mark it verified otherwise."""
    if code._cache.get("verified"):
        return
    _check_signature(code)
    instructions, starts = _decode(code)
    _check_arguments(code, instructions, starts)
    state_at, handler_of = _check_stack(code, instructions, starts)
    code._cache["unchecked_loads"] = _maybe_unbound_loads(code, instructions, starts,
                                                          state_at, handler_of)
    code._cache["verified"] = True


def flow_facts(code):
    """What the compiling tier needs of a code object this module accepts: its
    instructions ({index: (op, oparg, next)}), the entry points ({any index: the
    index of its instruction proper}) and the stack depth before each instruction
    ({index: depth}, for those reachable)."""
    instructions, starts = _decode(code)
    state_at, _ = _check_stack(code, instructions, starts)
    return instructions, starts, {index: depth for index, (depth, _) in state_at.items()}


def jump_target(opcode, oparg, nxt):
    """The index a jump instruction goes to."""
    return _target(op.BY_NUMBER[opcode], nxt, oparg)


def _check_signature(code):
    """The parameters fit in the local variables: argument binding writes them there."""
    counts = (code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
    if any(not isinstance(n, int) or n < 0 for n in counts) or \
            code.co_posonlyargcount > code.co_argcount:
        raise InvalidCode("argument counts %r are invalid" % (counts,))
    nparams = code.parameter_count
    kinds = code.co_localspluskinds
    if nparams > len(kinds) or any(not kinds[i] & op.CO_FAST_LOCAL for i in range(nparams)):
        raise InvalidCode("%d parameters but only %d local variables for them"
                          % (nparams, sum(1 for k in kinds[:nparams] if k & op.CO_FAST_LOCAL)))


def _decode(code):
    """({index of the instruction proper: (op, oparg, next index)},
    {every index an instruction may be entered at, EXTENDED_ARG prefixes included:
    the index of the instruction proper})."""
    raw = code.co_code
    if not raw or len(raw) % 2:
        raise InvalidCode("bytecode length %d is not a positive even number" % len(raw))
    count = len(raw) // 2
    result = {}
    starts = {}
    for first, index, opcode, oparg, nxt in op.iter_instructions(raw):
        if opcode == _EXTENDED_ARG:
            raise InvalidCode("the code ends with EXTENDED_ARG")
        info = op.BY_NUMBER.get(opcode)
        if info is None or info.family != "real" or opcode in _NOT_IN_CODE:
            raise InvalidCode("unknown or invalid opcode %d at offset %d" % (opcode, 2 * index))
        if nxt > count:
            raise InvalidCode("%s at offset %d lacks its cache entries" % (info.name, 2 * index))
        result[index] = (opcode, oparg, nxt)
        for entry in range(first, index + 1):
            starts[entry] = index
    return result, starts


def _check_arguments(code, instructions, starts):
    nconsts, nnames = len(code.co_consts), len(code.co_names)
    nlocals = len(code.co_localsplusnames)
    kinds = code.co_localspluskinds
    limits = {"const": nconsts, "name": nnames, "local": nlocals, "free": nlocals,
              "binary_op": len(op.BINARY_OPS), "intrinsic1": len(op.INTRINSIC_1),
              "intrinsic2": len(op.INTRINSIC_2)}
    for index, (opcode, oparg, nxt) in instructions.items():
        info = op.BY_NUMBER[opcode]
        kind = info.arg
        value = oparg
        if kind in ("global_name", "attr_name"):
            kind, value = "name", oparg >> 1
        elif kind == "super_name":
            kind, value = "name", oparg >> 2
        elif kind == "compare":
            kind, value = "compare", oparg >> 4
            limits["compare"] = len(op.CMP_OPS)
        if kind in limits and not 0 <= value < limits[kind]:
            raise InvalidCode("%s at offset %d: argument %d out of range (%d)"
                              % (info.name, 2 * index, value, limits[kind]))
        if opcode in _CELL_OPS and not kinds[oparg] & (op.CO_FAST_CELL | op.CO_FAST_FREE):
            raise InvalidCode("%s at offset %d: %r is not a cell or free variable"
                              % (info.name, 2 * index, code.co_localsplusnames[oparg]))
        if opcode in _JUMPS:
            target = _target(info, nxt, oparg)
            if target not in starts:
                raise InvalidCode("%s at offset %d jumps to offset %d, outside the code or "
                                  "inside an instruction" % (info.name, 2 * index, 2 * target))


def _target(info, nxt, oparg):
    return nxt + oparg if info.arg == "jump_forward" else nxt - oparg


class _Where:
    """"NAME at offset N" for an error message, formatted only when there is an error
    (the verifier names the instruction it is at for every one it checks)."""
    __slots__ = ("name", "index", "prefix")

    def __init__(self, name, index, prefix=""):
        self.name, self.index, self.prefix = name, index, prefix

    def __str__(self):
        return "%s%s at offset %d" % (self.prefix, self.name, 2 * self.index)


def _check_stack(code, instructions, starts):
    """Abstract interpretation: the stack depth before each instruction, and which
    stack slots may hold the NULL of a call sequence (a NULL must only ever reach
    CALL or CALL_FUNCTION_EX, or be moved by COPY/SWAP: never guest code)."""
    stacksize = code.co_stacksize
    if not 0 <= stacksize <= MAX_STACKSIZE:
        raise InvalidCode("co_stacksize %d is out of range" % stacksize)
    state_at = {}                   # instruction index -> (depth, frozenset of NULL slots)
    pending = []

    def reach(index, depth, nulls, why):
        proper = starts.get(index)
        if proper is None:
            raise InvalidCode("%s reaches offset %d, which is not an instruction"
                              % (why, 2 * index))
        known = state_at.get(proper)
        if known is None:
            state_at[proper] = (depth, nulls)
            pending.append(proper)
        elif known[0] != depth:
            raise InvalidCode("inconsistent stack depth at offset %d (%d and %d)"
                              % (2 * proper, known[0], depth))
        elif not nulls <= known[1]:
            state_at[proper] = (depth, known[1] | nulls)
            pending.append(proper)

    count = len(code.co_code) // 2
    handler_of = {}                 # instruction index -> (target, depth, lasti), first entry wins
    for start, end, target, entry_depth, lasti in _exception_entries(code, count, stacksize):
        for index in range(start, end):
            handler_of.setdefault(index, (target, entry_depth, lasti))
    reach(0, 0, frozenset(), "the entry")
    while pending:
        index = pending.pop()
        depth, nulls = state_at[index]
        opcode, oparg, nxt = instructions[index]
        info = op.BY_NUMBER[opcode]
        where = _Where(info.name, index)
        needed = info.popped(oparg)
        if opcode == _COPY:
            needed = oparg if oparg >= 1 else 1 << 30
        elif opcode == _SWAP:
            needed = oparg if oparg >= 2 else 1 << 30
        if opcode in _PEEKS_BELOW:
            # what it pops includes the container ``oparg`` below the top it works on
            # (and for DICT_MERGE the callable two below that, named in its errors)
            callable_slot = depth - needed - 2
            if oparg < 1 or (opcode == _DICT_MERGE and callable_slot < 0):
                raise InvalidCode("%s: stack underflow (depth %d)" % (where, depth))
            if opcode == _DICT_MERGE and any(slot == callable_slot for slot, _ in nulls):
                raise InvalidCode("%s: would use a NULL or unbound value" % where)
        if needed > depth or needed < 0:
            raise InvalidCode("%s: stack underflow (depth %d)" % (where, depth))
        after = depth + info.stack_effect(oparg)
        if opcode == _COPY_FREE_VARS and oparg != len(code.co_freevars):
            raise InvalidCode("%s: copies %d free variables, the code has %d"
                              % (where, oparg, len(code.co_freevars)))
        if opcode == _RETURN_GENERATOR:
            if not code.co_flags & _GENERATOR_FLAGS:
                raise InvalidCode("%s in code that is not a generator or coroutine" % where)
            after += 1                  # the generator's first resume pushes the sent value
        if after > stacksize:
            raise InvalidCode("%s: stack depth %d exceeds co_stacksize %d"
                              % (where, after, stacksize))
        nulls_after = _nulls_after(opcode, oparg, depth, needed, nulls, where)
        handler = handler_of.get(index)
        if handler is not None:
            target, entry_depth, lasti = handler
            # (how many of its inputs an instruction leaves when it raises depends on
            # the instruction: the unwinder checks the handler's depth is there)
            if depth < entry_depth:
                raise InvalidCode("%s: stack depth %d below its handler's %d"
                                  % (where, depth, entry_depth))
            reach(target, entry_depth + lasti + 1,
                  frozenset(mark for mark in nulls if mark[0] < entry_depth),
                  _Where(info.name, index, "the exception handler of "))
        if opcode in _JUMPS:
            target = _target(info, nxt, oparg)
            if opcode == _FOR_ITER and instructions.get(starts.get(target), (None,))[0] != \
                    _END_FOR:
                # an exhausted FOR_ITER skips the END_FOR it jumps to (as CPython's does)
                raise InvalidCode("%s: its target is not an END_FOR" % where)
            reach(target, depth + info.stack_effect(oparg, jump=True), nulls_after, where)
        if opcode in _UNCONDITIONAL or opcode in _SCOPE_EXITS:
            continue
        if nxt >= count:
            raise InvalidCode("%s: execution falls off the end of the code" % where)
        reach(nxt, after, nulls_after, where)
    return state_at, handler_of


def _maybe_unbound_loads(code, instructions, starts, state_at, handler_of):
    """The LOAD_FAST instructions that may read an unbound local (CPython's compiler
    uses LOAD_FAST only where a local is certainly bound, LOAD_FAST_CHECK elsewhere;
    crafted code is not so careful): the decoder runs them as LOAD_FAST_CHECK.  A
    forward analysis of the locals certainly bound before each instruction."""
    bound_in = {starts[0]: frozenset(range(code.parameter_count))}
    pending = [starts[0]]
    unchecked = set()

    def flow(index, bound):
        proper = starts[index]
        known = bound_in.get(proper)
        if known is None or not known <= bound:
            bound_in[proper] = bound if known is None else known & bound
            if known is None or bound_in[proper] != known:
                pending.append(proper)

    while pending:
        index = pending.pop()
        bound = bound_in[index]
        opcode, oparg, nxt = instructions[index]
        info = op.BY_NUMBER[opcode]
        after = bound
        if opcode == _LOAD_FAST and oparg not in bound:
            unchecked.add(index)
        elif opcode in _USES_CELL and oparg not in bound:
            # a cell or free variable slot holds its cell once MAKE_CELL or
            # COPY_FREE_VARS ran: the compiler emits them first thing
            raise InvalidCode("%s at offset %d: the cell of %r may not exist yet"
                              % (info.name, 2 * index, code.co_localsplusnames[oparg]))
        elif opcode == _STORE_FAST:
            depth, marks = state_at[index]
            after = bound - {oparg} if (depth - 1, UNBOUND_MARK) in marks else bound | {oparg}
        elif opcode == _MAKE_CELL:
            after = bound | {oparg}
        elif opcode in _UNBINDS_LOCAL:
            after = bound - {oparg}
        elif opcode == _COPY_FREE_VARS:
            after = bound | set(range(len(code.co_localsplusnames) - oparg,
                                      len(code.co_localsplusnames)))
        handler = handler_of.get(index)
        if handler is not None:
            flow(handler[0], bound & after)
        if opcode in _JUMPS:
            flow(_target(info, nxt, oparg), after)
        if opcode not in _UNCONDITIONAL and opcode not in _SCOPE_EXITS:
            flow(nxt, after)
    return frozenset(unchecked)


def _nulls_after(opcode, oparg, depth, popped, marks, where):
    """The marked slots after the instruction: (slot, NULL) for the NULL of a call
    sequence, (slot, UNBOUND) for the value LOAD_FAST_AND_CLEAR pushes (a local that
    may be unbound, only ever stored back).  InvalidCode if the instruction would
    consume one where it may not."""
    if not marks and opcode not in _MARKS_PUSHED:       # the common case: nothing marked
        return marks
    kind_at = dict(marks)
    if opcode == _COPY:
        kind = kind_at.get(depth - oparg)
        return marks | {(depth, kind)} if kind else marks
    if opcode == _SWAP:
        top, other = depth - 1, depth - oparg
        top_kind, other_kind = kind_at.get(top), kind_at.get(other)
        if top_kind == other_kind:
            return marks
        result = {mark for mark in marks if mark[0] not in (top, other)}
        if top_kind:
            result.add((other, top_kind))
        if other_kind:
            result.add((top, other_kind))
        return frozenset(result)
    allowed = None
    if opcode == _CALL:
        allowed = depth - oparg - 2
    elif opcode == _CALL_FUNCTION_EX:
        allowed = depth - popped
    for slot, kind in marks:
        if slot < depth - popped:
            continue
        if kind == NULL_MARK and slot != allowed:
            raise InvalidCode("%s: would pass the NULL of a call sequence to guest code" % where)
        if kind == UNBOUND_MARK and not (opcode in _STORES_BACK and slot == depth - 1):
            raise InvalidCode("%s: would use the value of LOAD_FAST_AND_CLEAR" % where)
    result = frozenset(mark for mark in marks if mark[0] < depth - popped)
    if opcode == _PUSH_NULL:
        return result | {(depth, NULL_MARK)}
    if opcode == _LOAD_FAST_AND_CLEAR:
        return result | {(depth, UNBOUND_MARK)}
    if oparg & 1 and opcode in _MAY_PUSH_NULL_BELOW:
        return result | {(depth - popped, NULL_MARK)}
    return result


def _exception_entries(code, count, stacksize):
    try:
        entries = decode_exception_table(code.co_exceptiontable)
    except (IndexError, ValueError, TypeError) as e:
        raise InvalidCode("malformed exception table (%s)" % e) from None
    for start, end, target, depth, lasti in entries:
        if not 0 <= start < end <= count or not 0 <= target < count:
            raise InvalidCode("exception table entry %d-%d -> %d is outside the code"
                              % (2 * start, 2 * end, 2 * target))
        if depth + lasti + 1 > stacksize:
            raise InvalidCode("exception handler at offset %d needs stack depth %d, more than "
                              "co_stacksize %d" % (2 * target, depth + lasti + 1, stacksize))
    return entries
