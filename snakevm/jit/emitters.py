"""Tier 2's instruction emitters: the host Python each instruction becomes, one
small function per instruction (as Python/bytecodes.c defines each instruction
once).  An emitter gets the instruction's Site and writes lines with
``site.emit``; it returns False to leave the instruction to its interpreter
handler (translate.py's generic form).  Value-stack slot k is the host local
``sk``; ``site.top`` is the slot on top before the instruction runs.

Instructions that cannot fail run without recording where they are; the others
first set ``li`` (the instruction an exception belongs to), and ``f.last_i`` too
before anything that can run guest code, which may look at its caller's line."""

from snakevm import opcodes
from snakevm.jit import attributes

EMITTERS = {}                   # opcode -> emitter(site)
CANNOT_FAIL = set()             # opcodes whose code never raises (no ``li = ...``)

# BINARY_OP fast paths on two exact ints (and floats where the host's result is the
# guest's): the operator's host spelling, and whether the right operand must be
# non-zero.  Shifts and powers stay generic (their results can be huge).
INT_BINARY = {"+": False, "-": False, "*": False, "//": True, "%": True, "&": False,
              "|": False, "^": False}
FLOAT_BINARY = {"+", "-", "*"}
COMPARE_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="}


class Site:
    """One instruction being translated: where it is and how deep the stack is."""

    def __init__(self, translation, index, opcode, oparg, nxt, depth, indent):
        self.translation = translation
        self.index, self.opcode, self.oparg, self.nxt = index, opcode, oparg, nxt
        self.depth = depth
        self.indent = indent
        self.top = "s%d" % (depth - 1)
        self.second = "s%d" % (depth - 2)
        self.push = "s%d" % depth           # the slot a push fills

    def emit(self, text):
        self.translation.emit(self.indent, text)

    def known_int(self, slot):
        """Does ``slot`` (a name, "sK") hold a small-int constant just loaded?"""
        return int(slot[1:]) in self.translation.known_ints

    def target(self):
        return self.translation.target(self.index)

    def goto(self, target, nesting=0):
        """Control goes on at block ``target`` (``nesting`` levels into this
        instruction's own code): the block inline, or ``pc = target; continue``."""
        self.translation.goto(target, self.indent + nesting)

    def slots(self, count):
        """The first ``count`` slots, as a host list display's items."""
        return ", ".join("s%d" % i for i in range(count))

    def name(self, prefix, value):
        return self.translation.name(prefix, value)

    def guarded(self, guard, fast, generic):
        """A fast path behind exact-type guards, else the object space's generic
        operation (which may run guest code: f.last_i is set first)."""
        self.emit("if %s:" % guard)
        self.emit("    " + fast)
        self.emit("else:")
        self.emit("    f.last_i = li")
        self.emit("    " + generic)


def emits(*names, cannot_fail=False):
    def register(emitter):
        for name in names:
            number = opcodes.BY_NAME[name].number
            EMITTERS[number] = emitter
            if cannot_fail:
                CANNOT_FAIL.add(number)
        return emitter
    return register


# -- the stack and the locals ---------------------------------------------------------------
@emits("NOP", "RESUME", "POP_TOP", "END_FOR", cannot_fail=True)
def nothing(site):
    pass                    # (a consumed slot is cleared after every instruction)


@emits("LOAD_FAST", cannot_fail=True)
def load_fast(site):
    site.emit("%s = fast[%d]" % (site.push, site.oparg))
    if site.index in site.translation.unchecked:        # may be unbound (verify.py)
        _check_bound(site)


@emits("LOAD_FAST_CHECK")
def load_fast_check(site):
    site.emit("%s = fast[%d]" % (site.push, site.oparg))
    _check_bound(site)


def _check_bound(site):
    site.emit("if %s is UNBOUND:" % site.push)
    site.emit("    li = %d" % site.index)
    site.emit("    raise unbound_local(%r)" % site.translation.code.co_localsplusnames[site.oparg])


@emits("LOAD_CLOSURE", cannot_fail=True)
def load_closure(site):
    site.emit("%s = fast[%d]" % (site.push, site.oparg))


@emits("LOAD_FAST_AND_CLEAR", cannot_fail=True)
def load_fast_and_clear(site):
    site.emit("%s = fast[%d]" % (site.push, site.oparg))
    site.emit("fast[%d] = UNBOUND" % site.oparg)


@emits("LOAD_DEREF")
def load_deref(site):
    site.emit("%s = fast[%d]" % (site.push, site.oparg))
    site.emit("if %s.empty:" % site.push)
    site.emit("    raise free_var_error(f.code, %d)" % site.oparg)
    site.emit("%s = %s.w_value" % (site.push, site.push))


@emits("STORE_FAST", cannot_fail=True)
def store_fast(site):
    site.emit("fast[%d] = %s" % (site.oparg, site.top))


@emits("LOAD_CONST", cannot_fail=True)
def load_const(site):
    """None, True, False and the small ints the host caches (so identity is kept) are
    written as literals; a small int's slot is then known to the next instructions."""
    value = site.translation.code.co_consts[site.oparg]
    if value is None or value is True or value is False or \
            (value.__class__ is int and -5 <= value <= 256):
        site.emit("%s = %r" % (site.push, value))
        if value.__class__ is int:
            site.translation.known_ints[site.depth] = value
    else:
        site.emit("%s = consts[%d]" % (site.push, site.oparg))


@emits("PUSH_NULL", cannot_fail=True)
def push_null(site):
    site.emit("%s = NULL" % site.push)


@emits("COPY", cannot_fail=True)
def copy(site):
    site.emit("%s = s%d" % (site.push, site.depth - site.oparg))


@emits("SWAP", cannot_fail=True)
def swap(site):
    other = "s%d" % (site.depth - site.oparg)
    site.emit("%s, %s = %s, %s" % (site.top, other, other, site.top))


@emits("LOAD_GLOBAL")
def load_global(site):
    name = site.translation.code.co_names[site.oparg >> 1]
    slot = "s%d" % (site.depth + 1) if site.oparg & 1 else site.push
    if site.oparg & 1:
        site.emit("%s = NULL" % site.push)
    site.emit("%s = global_names.get(%r, MISSING)" % (slot, name))
    site.emit("if %s is MISSING:" % slot)
    site.emit("    %s = builtin_names.get(%r, MISSING)" % (slot, name))
    site.emit("    if %s is MISSING:" % slot)
    site.emit("        raise name_error(%r)" % name)


# -- leaving the frame and jumping ------------------------------------------------------------
@emits("RETURN_VALUE", cannot_fail=True)
def return_value(site):
    site.emit("f.finished = True")
    site.emit("return %s" % site.top)


@emits("RETURN_CONST", cannot_fail=True)
def return_const(site):
    site.emit("f.finished = True")
    site.emit("return consts[%d]" % site.oparg)


# -- generators and coroutines: suspending and resuming --------------------------------------
@emits("RETURN_GENERATOR")
def return_generator(site):
    """The generator takes the frame; its first resume enters at the next block."""
    site.emit("f.stack = [%s]" % site.slots(site.depth))
    site.emit("f.pc = %d" % site.nxt)
    site.emit("f.last_i = li")
    site.emit("return new_generator(f)")


@emits("YIELD_VALUE", cannot_fail=True)
def yield_value(site):
    """The frame is left as the interpreter leaves it (stack, pc, last_i), so that
    either tier resumes it; the resume pushes the sent value and enters the next block."""
    site.emit("f.stack = [%s]" % site.slots(site.depth - 1))
    site.emit("f.pc = %d" % site.nxt)
    site.emit("f.last_i = %d" % site.index)
    site.emit("return %s" % site.top)


@emits("SEND")
def send(site):
    receiver, value = site.second, site.top
    site.emit("f.last_i = li")
    site.emit("if %s.__class__ is W_Generator or %s.__class__ is W_Coroutine:"
              % (receiver, receiver))
    site.emit("    done, %s = resume_compiled(%s, %s)" % (value, receiver, value))
    site.emit("    done = done is RETURN")
    site.emit("else:")
    site.emit("    done, %s = send_to(%s, %s)" % (value, receiver, value))
    site.emit("if done:")
    site.goto(site.target(), 1)


@emits("END_SEND", cannot_fail=True)
def end_send(site):
    site.emit("%s = %s" % (site.second, site.top))


@emits("JUMP_FORWARD", cannot_fail=True)
def jump_forward(site):
    site.goto(site.target())


@emits("JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", cannot_fail=True)
def jump_backward(site):
    """A back edge: where a hook installed meanwhile (a signal, a thread switch,
    sys.settrace) hands the frame to the interpreter."""
    target = site.target()
    site.emit("if interp.tracer is not None:")
    site.emit("    return deopt_continue(f, %d, [%s])"
              % (target, site.slots(site.translation.depths[target])))
    site.goto(target)                           # (a loop header: an entry block)


@emits("POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", cannot_fail=True)
def pop_jump_if(site):
    jump_when = "False" if site.opcode == opcodes.BY_NAME["POP_JUMP_IF_FALSE"].number \
        else "True"
    site.emit("if %s.__class__ is not bool:" % site.top)
    site.emit("    f.last_i = li = %d" % site.index)   # (a guest __bool__ or __len__ runs)
    site.emit("    %s = space.is_true(%s)" % (site.top, site.top))
    site.emit("if %s is %s:" % (site.top, jump_when))
    site.emit("    %s = None" % site.top)
    site.goto(site.target(), 1)


@emits("POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", cannot_fail=True)
def pop_jump_if_none(site):
    negation = "" if site.opcode == opcodes.BY_NAME["POP_JUMP_IF_NONE"].number else "not "
    site.emit("if %s is %sNone:" % (site.top, negation))
    site.emit("    %s = None" % site.top)
    site.goto(site.target(), 1)


# -- operators --------------------------------------------------------------------------------
@emits("BINARY_OP")
def binary_op(site):
    text = opcodes.BINARY_OPS[site.oparg][1]
    inplace = text.endswith("=") and text not in ("==", "!=", "<=", ">=")
    symbol = text.rstrip("=") if inplace else text
    nonzero = INT_BINARY.get(symbol)
    left, right = site.second, site.top
    generic = "%s = %s(%s, %s, %r)" % (left, "space.inplace_op" if inplace else "space.binary_op",
                                        left, right, symbol)
    if nonzero is None and symbol not in FLOAT_BINARY:
        divisor = site.translation.known_ints.get(int(right[1:])) if site.known_int(right) \
            else None
        if symbol == "/" and divisor and abs(divisor) < 2 ** 53:
            # a float by a non-zero int constant that a float holds exactly: the host's
            site.guarded("%s.__class__ is float" % left, "%s = %s / %s" % (left, left, right),
                         generic)
        elif symbol == "/":         # two floats, a divisor that is not zero: the host's
            site.guarded("%s.__class__ is float and %s.__class__ is float and %s"
                         % (left, right, right), "%s = %s / %s" % (left, left, right), generic)
        else:
            site.emit("f.last_i = li")
            site.emit(generic)
        return None
    guards = ["%s.__class__ is int" % slot for slot in (left, right) if not site.known_int(slot)]
    if nonzero and site.translation.known_ints.get(int(right[1:]), 0) == 0:
        guards.append(right)                # (a zero divisor raises in the generic path)
    site.emit("if %s:" % (" and ".join(guards) or "True"))
    site.emit("    %s = %s %s %s" % (left, left, symbol, right))
    if symbol in FLOAT_BINARY and not site.known_int(left) and not site.known_int(right):
        site.emit("elif %s.__class__ is float and %s.__class__ is float:" % (left, right))
        site.emit("    %s = %s %s %s" % (left, left, symbol, right))
    site.emit("else:")
    site.emit("    f.last_i = li")
    site.emit("    %s = %s(%s, %s, %r)" % (left, "space.inplace_op" if inplace else
                                          "space.binary_op", left, right, symbol))


@emits("COMPARE_OP")
def compare_op(site):
    symbol = opcodes.CMP_OPS[site.oparg >> 4]
    if symbol not in COMPARE_SYMBOLS:
        return False
    left, right = site.second, site.top
    if site.known_int(left) or site.known_int(right):
        guard = " and ".join("%s.__class__ is int" % slot for slot in (left, right)
                             if not site.known_int(slot))
    else:
        guard = ("(%s.__class__ is int and %s.__class__ is int) or "
                 "(%s.__class__ is float and %s.__class__ is float)" % (left, right, left, right))
    site.guarded(guard or "True",
                 "%s = %s %s %s" % (left, left, symbol, right),
                 "%s = space.compare(%s, %s, %r)" % (left, left, right, symbol))


@emits("IS_OP", cannot_fail=True)
def is_op(site):
    site.emit("%s = %s is %s%s" % (site.second, site.second, "not " if site.oparg else "",
                                   site.top))


@emits("CONTAINS_OP")
def contains_op(site):
    site.emit("f.last_i = %d" % site.index)
    site.emit("%s = %sspace.contains(%s, %s)" % (site.second, "not " if site.oparg else "",
                                                  site.top, site.second))


@emits("UNARY_NOT")
def unary_not(site):
    top = site.top
    site.emit("f.last_i = li")
    site.emit("%s = not (%s if %s.__class__ is bool else space.is_true(%s))"
              % (top, top, top, top))


# -- containers and iteration -----------------------------------------------------------------
def _exact_list_or_tuple(slot):
    """The guard of an exact list or tuple (a subclass may override __getitem__/__iter__)."""
    return "(%s.__class__ is W_List or %s.__class__ is W_Tuple) and " \
           "(%s.w_type is w_list_type or %s.w_type is w_tuple_type)" % (slot, slot, slot, slot)


@emits("BINARY_SUBSCR")
def binary_subscr(site):
    container, key = site.second, site.top
    site.guarded("%s and %s.__class__ is int and 0 <= %s < len(%s.items_w)"
                 % (_exact_list_or_tuple(container), key, key, container),
                 "%s = %s.items_w[%s]" % (container, container, key),
                 "%s = space.getitem(%s, %s)" % (container, container, key))


@emits("STORE_SUBSCR")
def store_subscr(site):
    container, key, value = site.second, site.top, "s%d" % (site.depth - 3)
    site.guarded("%s.__class__ is W_List and %s.w_type is w_list_type and %s.__class__ is int "
                 "and 0 <= %s < len(%s.items_w)" % (container, container, key, key, container),
                 "%s.items_w[%s] = %s" % (container, key, value),
                 "space.setitem(%s, %s, %s)" % (container, key, value))


@emits("BUILD_TUPLE", "BUILD_LIST")
def build_sequence(site):
    first = site.depth - site.oparg
    maker = "space.newtuple" if site.opcode == opcodes.BY_NAME["BUILD_TUPLE"].number \
        else "space.newlist"
    site.emit("s%d = %s([%s])" % (first, maker, ", ".join(
        "s%d" % i for i in range(first, site.depth))))


@emits("UNPACK_SEQUENCE")
def unpack_sequence(site):
    if site.oparg < 1:
        return False
    top = site.top
    targets = ", ".join("s%d" % slot for slot in range(site.depth - 2 + site.oparg,
                                                       site.depth - 2, -1))
    site.emit("if %s and len(%s.items_w) == %d:" % (_exact_list_or_tuple(top), top, site.oparg))
    site.emit("    %s, = %s.items_w" % (targets, top))
    site.emit("else:")
    site.translation.generic(site, site.indent + 1)


@emits("GET_ITER")
def get_iter(site):
    site.emit("f.last_i = li")
    site.emit("%s = space.iter(%s)" % (site.top, site.top))


@emits("GET_YIELD_FROM_ITER")
def get_yield_from_iter(site):
    """A generator is its own sub-iterator (the only case without a check)."""
    site.emit("if %s.__class__ is not W_Generator:" % site.top)
    site.emit("    f.last_i = li")
    site.emit("    %s = get_yield_from_iter(f, %s)" % (site.top, site.top))


@emits("FOR_ITER")
def for_iter(site):
    """A range (or str, bytes) iterator and a list or tuple iterator advance in place."""
    top, push = site.top, site.push
    site.emit("if %s.__class__ is W_ValueIter and %s.length is not None and %s.value is not None "
              "and %s.index < %s.length:" % (top, top, top, top, top))
    site.emit("    %s = %s.value[%s.index]" % (push, top, top))
    site.emit("    %s.index += 1" % top)
    site.emit("elif %s.__class__ is W_IndexIter and not %s.reverse and %s.w_seq is not None "
              "and %s.index < len(%s.w_seq.items_w):" % (top, top, top, top, top))
    site.emit("    %s = %s.w_seq.items_w[%s.index]" % (push, top, top))
    site.emit("    %s.index += 1" % top)
    site.emit("elif %s.__class__ is W_Generator:" % top)
    site.emit("    f.last_i = %d" % site.index)
    site.emit("    done, %s = resume_compiled(%s, None)" % (push, top))
    site.emit("    if done is RETURN:")
    site.emit("        %s = STOP_ITERATION" % push)        # (its return value is dropped)
    site.emit("else:")
    site.emit("    f.last_i = %d" % site.index)
    site.emit("    %s = space.next(%s)" % (push, top))
    site.emit("if %s is STOP_ITERATION:" % push)
    site.emit("    %s = %s = None" % (top, push))
    site.goto(site.target(), 1)


@emits("LIST_APPEND")
def list_append(site):
    target = "s%d" % (site.depth - 1 - site.oparg)
    site.emit("if %s.__class__ is W_List:" % target)
    site.emit("    %s.items_w.append(%s)" % (target, site.top))
    site.emit("else:")
    site.emit("    list_append(%s, %s)" % (target, site.top))


@emits("BINARY_SLICE")
def binary_slice(site):
    container = "s%d" % (site.depth - 3)
    site.emit("f.last_i = li")
    site.emit("%s = space.getitem(%s, new_slice(%s, %s, None))"
              % (container, container, site.second, site.top))


@emits("GET_AWAITABLE")
def get_awaitable(site):
    """A coroutine not started yet is its own awaitable (nothing awaits it already)."""
    top = site.top
    site.emit("if %s.__class__ is not W_Coroutine or %s.started:" % (top, top))
    site.emit("    f.last_i = li")
    site.emit("    %s = get_awaitable(%s, %d)" % (top, top, site.oparg))


@emits("STORE_SLICE")
def store_slice(site):
    d = site.depth
    site.emit("f.last_i = li")
    site.emit("space.setitem(s%d, new_slice(s%d, s%d, None), s%d)" % (d - 3, d - 2, d - 1, d - 4))


@emits("BUILD_SLICE")
def build_slice(site):
    d = site.depth
    if site.oparg == 3:
        site.emit("s%d = new_slice(s%d, s%d, s%d)" % (d - 3, d - 3, d - 2, d - 1))
    else:
        site.emit("s%d = new_slice(s%d, s%d, None)" % (d - 2, d - 2, d - 1))


@emits("FORMAT_VALUE")
def format_value(site):
    value = site.second if site.oparg & 4 else site.top
    spec = site.top if site.oparg & 4 else '""'
    if site.oparg & 7:
        site.emit("f.last_i = li")
        site.emit("%s = format_value(%s, %d, %s)" % (value, value, site.oparg & 3, spec))
    else:
        site.emit("if %s.__class__ is not str:" % value)
        site.emit("    f.last_i = li")
        site.emit("    %s = format_value(%s, 0, '')" % (value, value))


@emits("BUILD_STRING")
def build_string(site):
    first = site.depth - site.oparg
    site.emit("s%d = build_string([%s])" % (first, ", ".join(
        "s%d" % i for i in range(first, site.depth))))


# -- attributes and calls ---------------------------------------------------------------------
def attribute_hits(top, types, classes, name):
    """The inline cache hits of LOAD_ATTR (a value) on slot ``top``, as the lines of
    an if/elif chain (the caller adds its else): an instance attribute of a type
    the site accepted (``types``), at that type's version, or a class attribute
    the site found (``classes``), at that class's version."""
    return ["if %s.__class__ is W_Instance and (e := %s.get(%s.w_type)) is not None and "
            "e[0] == %s.w_type.version and (v := %s.w_dict) is not None and "
            "(v := v.storage.get(%r, MISSING)) is not MISSING:" % (top, types, top, top, top, name),
            "    %s = v" % top,
            "elif %s.__class__ is W_TypeObject and (e := %s.get(%s)) is not None and "
            "e[0] == %s.version:" % (top, classes, top, top),
            "    %s = e[1]" % top]


@emits("LOAD_ATTR")
def load_attr(site):
    name = site.translation.code.co_names[site.oparg >> 1]
    c = attributes.site(opcodes.LOAD_ATTR, site.oparg, name)
    site.translation.attribute_sites[site.index] = c        # (a leaf shares it: leaves.py)
    cache, types = site.name("A", c), site.name("T", c.types)
    top = site.top
    # The site's cache hits, inline (their guards as load_attr / load_method test
    # them): on an instance, the type's entry at its version, then the instance dict;
    # on a class, the class's entry at its version.  A hit runs no guest code, so
    # only the generic path records where it is.
    hit = "%s.__class__ is W_Instance and (e := %s.get(%s.w_type)) is not None and " \
          "e[0] == %s.w_type.version and " % (top, types, top, top)
    if site.oparg & 1:
        site.emit("if %s((v := %s.w_dict) is None or %r not in v.storage):" % (hit, top, name))
        site.emit("    %s, %s = e[1], %s" % (top, site.push, top))
        site.emit("else:")
        site.emit("    f.last_i = li")
        site.emit("    %s, %s = load_method(%s, %s)" % (top, site.push, cache, top))
    else:
        for line in attribute_hits(top, types, site.name("C", c.classes), name):
            site.emit(line)
        site.emit("else:")
        site.emit("    f.last_i = li")
        site.emit("    %s = load_attr(%s, %s)" % (top, cache, top))
    site.emit("v = None")


@emits("STORE_ATTR")
def store_attr(site):
    name = site.translation.code.co_names[site.oparg]
    c = attributes.site(opcodes.STORE_ATTR, site.oparg, name)
    cache, types = site.name("A", c), site.name("T", c.types)
    top = site.top
    site.emit("f.last_i = %d" % site.index)
    site.emit("if %s.__class__ is W_Instance and (e := %s.get(%s.w_type)) is not None and "
              "e[0] == %s.w_type.version and (v := %s.w_dict) is not None:"
              % (top, types, top, top, top))
    site.emit("    v.storage[%r] = %s" % (name, site.second))
    site.emit("else:")
    site.emit("    store_attr(%s, %s, %s)" % (cache, top, site.second))
    site.emit("v = None")


# argument count -> (the built-in's host function, its call): the calls a CALL site
# tests for before the general ones
_BUILTINS_CALLED_INLINE = {
    1: ("BUILTIN_LEN", "space.len_w({0})"),
    2: ("BUILTIN_ISINSTANCE", "{fn}.call_exact({0}, {1})"),
}


@emits("CALL")
def call(site):
    """A call; a guest function runs its compiled code directly.  A hook installed
    meanwhile hands the frame to the interpreter at the next instruction."""
    if site.index in site.translation.after_kw_names:
        return False                        # the handler takes f.kw_names
    base = site.depth - site.oparg - 2
    site.emit("f.last_i = %d" % site.index)
    args = ["s%d" % i for i in range(base + 2, site.depth)]
    builtin = _BUILTINS_CALLED_INLINE.get(site.oparg)
    if builtin is not None:
        # len(x) and isinstance(x, C): CPython's CALL_NO_KW_LEN and CALL_NO_KW_ISINSTANCE
        # (the built-in is known by its host function, the same in every VM)
        function, call_text = builtin
        site.emit("if s%d is NULL and s%d.__class__ is W_BuiltinFunction and s%d.func is %s:"
                  % (base, base + 1, base + 1, function))
        site.emit("    s%d = %s" % (base, call_text.format(*args, fn="s%d" % (base + 1))))
        site.emit("    %s = None" % " = ".join("s%d" % i for i in range(base + 1, site.depth)))
        site.emit("else:")
        site.indent += 1
    # (NULL, callable, args...) or (method, self, args...): the list is made once
    site.emit("if s%d is NULL:" % base)
    site.emit("    fn = s%d; args = [%s]" % (base + 1, ", ".join(args)))
    site.emit("else:")
    site.emit("    fn = s%d; args = [%s]" % (base, ", ".join(["s%d" % (base + 1)] + args)))
    # the operands are the call's now: a guest callee owns its arguments (as a CPython
    # frame does: a parameter it deletes is freed then)
    site.emit("%s = None" % " = ".join("s%d" % i for i in range(base + 1, site.depth)))
    # runtime.call's first case, inline: a compiled callee whose parameters the
    # arguments fill exactly (d: its code's jit_direct)
    site.emit("if fn.__class__ is W_Function and (d := fn.code.jit_direct) is not None and "
              "len(args) == d[2] and interp.tracer is None and state.depth < "
              "state.recursion_limit and state.jit_depth < BUDGET:")
    # its leaf first (leaves.py), if it has one: no frame, unless the leaf gives up
    site.emit("    if d[3] is None or (s%d := d[3](fn, args)) is BAIL:" % base)
    site.emit("        s%d = run_direct(f, fn, args, d)" % base)
    site.emit("else:")
    site.emit("    s%d = call(f, fn, args)" % base)
    site.emit("fn = args = None")
    if builtin is not None:
        site.indent -= 1
    site.emit("if interp.tracer is not None:")
    site.emit("    return deopt_continue(f, %d, [%s])" % (site.nxt, site.slots(base + 1)))
