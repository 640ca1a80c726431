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

_UNCONDITIONAL = {op.BY_NAME[n].number for n in (
    "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT")}
_SCOPE_EXITS = {op.BY_NAME[n].number for n in (
    "RETURN_VALUE", "RETURN_CONST", "RAISE_VARARGS", "RERAISE")}
_NOT_IN_CODE = {op.BY_NAME[n].number for n in ("CACHE", "RESERVED", "INTERPRETER_EXIT")}
_EXTENDED_ARG = op.BY_NAME["EXTENDED_ARG"].number
_COPY, _SWAP = op.BY_NAME["COPY"].number, op.BY_NAME["SWAP"].number
_CALL, _CALL_FUNCTION_EX = op.BY_NAME["CALL"].number, op.BY_NAME["CALL_FUNCTION_EX"].number
_PUSH_NULL = op.BY_NAME["PUSH_NULL"].number
# with oparg & 1, these push a NULL (or a method) below their result
_MAY_PUSH_NULL_BELOW = {op.BY_NAME[n].number for n in ("LOAD_GLOBAL", "LOAD_ATTR",
                                                        "LOAD_SUPER_ATTR")}
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
    instructions, starts = _decode(code)
    _check_arguments(code, instructions, starts)
    _check_stack(code, instructions, starts)
    code._cache["verified"] = True


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
        if info.is_jump:
            target = _target(info, nxt, oparg)
            if target not in starts:
                raise InvalidCode("%s at offset %d jumps to offset %d, outside the code or "
                                  "inside an instruction" % (info.name, 2 * index, 2 * target))


def _target(info, nxt, oparg):
    return nxt + oparg if info.arg == "jump_forward" else nxt - oparg


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
    reach(0, 1 if code.co_flags & _GENERATOR_FLAGS else 0, frozenset(), "the entry")
    while pending:
        index = pending.pop()
        depth, nulls = state_at[index]
        opcode, oparg, nxt = instructions[index]
        info = op.BY_NUMBER[opcode]
        where = "%s at offset %d" % (info.name, 2 * index)
        needed = info.popped(oparg)
        if opcode == _COPY:
            needed = oparg if oparg >= 1 else 1 << 30
        elif opcode == _SWAP:
            needed = oparg if oparg >= 2 else 1 << 30
        if needed > depth or needed < 0:
            raise InvalidCode("%s: stack underflow (depth %d)" % (where, depth))
        after = depth + info.stack_effect(oparg)
        if after > stacksize:
            raise InvalidCode("%s: stack depth %d exceeds co_stacksize %d"
                              % (where, after, stacksize))
        nulls_after = _nulls_after(opcode, oparg, depth, needed, nulls, where)
        handler = handler_of.get(index)
        if handler is not None:
            target, entry_depth, lasti = handler
            if depth < entry_depth:
                raise InvalidCode("%s: stack depth %d below its handler's %d"
                                  % (where, depth, entry_depth))
            reach(target, entry_depth + lasti + 1,
                  frozenset(slot for slot in nulls if slot < entry_depth),
                  "the exception handler of " + where)
        if info.is_jump:
            reach(_target(info, nxt, oparg), depth + info.stack_effect(oparg, jump=True),
                  nulls_after, where)
        if opcode in _UNCONDITIONAL or opcode in _SCOPE_EXITS:
            continue
        if nxt >= count:
            raise InvalidCode("%s: execution falls off the end of the code" % where)
        reach(nxt, after, nulls_after, where)


def _nulls_after(opcode, oparg, depth, popped, nulls, where):
    """The NULL slots after the instruction; InvalidCode if it would consume a NULL."""
    if opcode == _COPY:
        return nulls | {depth} if depth - oparg in nulls else nulls
    if opcode == _SWAP:
        top, other = depth - 1, depth - oparg
        if (top in nulls) == (other in nulls):
            return nulls
        return nulls ^ {top, other}
    allowed = None
    if opcode == _CALL:
        allowed = depth - oparg - 2
    elif opcode == _CALL_FUNCTION_EX:
        allowed = depth - popped
    for slot in nulls:
        if slot >= depth - popped and slot != allowed:
            raise InvalidCode("%s: would pass the NULL of a call sequence to guest code" % where)
    result = frozenset(slot for slot in nulls if slot < depth - popped)
    if opcode == _PUSH_NULL:
        return result | {depth}
    if oparg & 1 and opcode in _MAY_PUSH_NULL_BELOW:
        return result | {depth - popped}
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
