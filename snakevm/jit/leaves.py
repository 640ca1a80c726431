"""Tier 2's frameless leaves: a compiled function that calls nothing, loops nowhere
and stores nothing but its own locals also gets a *leaf*: a host function of the
guest function and its arguments alone, with no guest frame at all.

    def leaf(fn, args):               # fn: the W_Function; args: its arguments
        l0, l1 = args                 # the guest locals are host locals
        s0 = s1 = None                # the value stack, as in the run function
        pc = 0
        try:
            while True:
                if pc == 0:
                    s0 = l0           # LOAD_FAST
                    ...               # each instruction's fast path only: anything
                    return BAIL       # else gives up, and the caller makes the call
        except ArithmeticError:       # (a host overflow, say: the call raises it)
            return BAIL

A leaf runs no guest code -- no call, no special method, no store outside its own
locals -- so nothing can observe that it has no frame: no traceback, no
sys._getframe(), no tracer (the caller checks that none is set), no finalizer
(it drops nothing its caller does not still hold).  And since it changes nothing
before it gives up, the caller can make the ordinary call afterwards, which runs
the same instructions with their slow paths: the call a leaf stands for is the
call it saves.  Its attribute loads share their inline caches with the compiled
function (the slow paths there fill them).  It runs in the compiled function's namespace (the
helpers of runtime.py and the translation's names).  A compiled call site
(emitters.py, CALL) tries the leaf first; ``--jit-dump`` prints it after the
function.  This is
where a method JIT would inline a callee: the caller still makes one host call,
but no guest frame, no frame linking and no recursion bookkeeping."""

from snakevm import opcodes
from snakevm.jit.emitters import INT_BINARY, attribute_hits


class _Bail:
    def __repr__(self):
        return "BAIL"


BAIL = _Bail()              # what a leaf returns when the call must be made (never a guest value)
MAX_INSTRUCTIONS = 80       # a leaf is a small function


_NUMBER = "(%s.__class__ is int or %s.__class__ is float)"


class NotALeaf(Exception):
    """The code does something a leaf cannot do without its frame."""


def leaf_source(translation):
    """(the source of ``translation``'s code as a leaf, the names it adds to the
    compiled function's namespace); raises NotALeaf."""
    leaf = _Leaf(translation)
    return leaf.source(), leaf.names


class _Leaf:
    def __init__(self, translation):
        self.t = translation
        self.code = translation.code
        self.names = {}
        self.lines = []
        self.uses_globals = False
        if len(translation.reachable) > MAX_INSTRUCTIONS or translation.unchecked:
            raise NotALeaf("too long, or a local that may be unbound")

    def emit(self, indent, text):
        self.lines.append("    " * indent + text)

    def source(self):
        body, self.lines = self.lines, []
        straight = len(self.t.leaders) == 1         # (no jumps: no block dispatch)
        for leader in sorted(self.t.leaders):
            if straight:
                self._block(leader, 2)
            else:
                self.emit(3, "if pc == %d:" % leader)
                self._block(leader, 4)
        body, self.lines = self.lines, body
        argcount = self.code.co_argcount
        self.emit(0, "def leaf(fn, args):")
        if argcount:
            self.emit(1, "%s, = args" % ", ".join("l%d" % i for i in range(argcount)))
        if self.uses_globals:
            self.emit(1, "global_names = fn.w_globals.storage")
            self.emit(1, "if fn.w_builtins is None:")
            self.emit(2, "return BAIL")
            self.emit(1, "builtin_names = fn.w_builtins.storage")
        self.emit(1, "try:")
        if straight:
            self.lines.extend(body)
        else:
            self.emit(2, "pc = 0")
            self.emit(2, "while True:")
            self.lines.extend(body)
            self.emit(3, "raise AssertionError('leaf: no block at %d' % pc)  # (cannot happen)")
        self.emit(1, "except ArithmeticError:")
        self.emit(2, "return BAIL")
        return "\n".join(self.lines) + "\n"

    def _block(self, leader, indent):
        index = leader
        self.known = {}             # slot -> the number constant just loaded into it
        while True:
            opcode, oparg, nxt = self.t.instructions[index]
            depth = self.t.depths[index]
            info = opcodes.BY_NUMBER[opcode]
            emitter = getattr(self, "op_" + info.name, None)
            if emitter is None:
                raise NotALeaf(info.name)
            self.indent = indent
            self.emit(indent, "# %d %s %d" % (2 * index, info.name, oparg))
            self.known.pop(depth, None)                     # (the slot a push overwrites)
            if emitter(index, oparg, nxt, depth) == "ends":
                return
            if info.name not in ("LOAD_FAST", "LOAD_CONST"):
                self.known = {}
            following = self.t.starts[nxt]
            if following in self.t.leaders:
                self.emit(indent, "pc = %d" % following)
                self.emit(indent, "continue")
                return
            index = following

    def line(self, text):
        self.emit(self.indent, text)

    def bail_unless(self, guard, fast):
        self.line("if %s:" % guard)
        self.line("    " + fast)
        self.line("else:")
        self.line("    return BAIL")

    # -- the instructions a leaf has (each one's fast path) -------------------------------------
    def op_RESUME(self, index, oparg, nxt, depth):
        pass

    op_NOP = op_POP_TOP = op_RESUME

    def op_LOAD_FAST(self, index, oparg, nxt, depth):
        self.line("s%d = l%d" % (depth, oparg))

    def op_STORE_FAST(self, index, oparg, nxt, depth):
        if oparg < self.code.co_argcount:       # (the caller's argument would outlive
            raise NotALeaf("stores a parameter")  # the store: its finalizer runs later)
        self.line("l%d = s%d" % (oparg, depth - 1))

    def op_LOAD_CONST(self, index, oparg, nxt, depth):
        self.line("s%d = %s" % (depth, self._constant(oparg)))
        value = self.code.co_consts[oparg]
        if value.__class__ is int or value.__class__ is float:
            self.known[depth] = value

    def _constant(self, oparg):
        value = self.code.co_consts[oparg]
        if value is None or value is True or value is False or \
                (value.__class__ is int and -5 <= value <= 256):
            return repr(value)
        return "CONSTS[%d]" % oparg         # (the compiled function's constants)

    def op_RETURN_VALUE(self, index, oparg, nxt, depth):
        self.line("return s%d" % (depth - 1))
        return "ends"

    def op_RETURN_CONST(self, index, oparg, nxt, depth):
        self.line("return %s" % self._constant(oparg))
        return "ends"

    def op_COPY(self, index, oparg, nxt, depth):
        self.line("s%d = s%d" % (depth, depth - oparg))

    def op_SWAP(self, index, oparg, nxt, depth):
        top, other = "s%d" % (depth - 1), "s%d" % (depth - oparg)
        self.line("%s, %s = %s, %s" % (top, other, other, top))

    def op_LOAD_GLOBAL(self, index, oparg, nxt, depth):
        if oparg & 1:
            raise NotALeaf("a call's global")
        name = self.code.co_names[oparg >> 1]
        slot = "s%d" % depth
        self.uses_globals = True
        self.line("%s = global_names.get(%r, MISSING)" % (slot, name))
        self.line("if %s is MISSING:" % slot)
        self.line("    %s = builtin_names.get(%r, MISSING)" % (slot, name))
        self.line("    if %s is MISSING:" % slot)
        self.line("        return BAIL")

    def op_LOAD_ATTR(self, index, oparg, nxt, depth):
        """The compiled function's own cache hits (emitters.load_attr): an instance
        attribute of a known type, or a class attribute."""
        site = self.t.attribute_sites.get(index)
        if oparg & 1 or site is None:
            raise NotALeaf("a method load")
        top = "s%d" % (depth - 1)
        for line in attribute_hits(top, self._name("LT", site.types),
                                   self._name("LC", site.classes), site.name):
            self.line(line)
        self.line("else:")
        self.line("    return BAIL")

    def _name(self, prefix, value):
        key = "%s_%d" % (prefix, len(self.names))
        self.names[key] = value
        return key

    def op_BINARY_OP(self, index, oparg, nxt, depth):
        text = opcodes.BINARY_OPS[oparg][1]
        symbol = text[:-1] if text.endswith("=") else text
        left, right = "s%d" % (depth - 2), "s%d" % (depth - 1)
        fast = "%s = %s %s %s" % (left, left, symbol, right)
        known = [self.known.get(depth - 2), self.known.get(depth - 1)]
        if symbol in ("+", "-", "*", "/"):      # ints and floats mixed as the host mixes
            guards = [_NUMBER % (slot, slot) for slot, value in zip((left, right), known)
                      if value is None]
            if symbol == "/" and not known[1]:
                guards.append(right)            # (not zero)
        elif symbol in INT_BINARY:
            guards = ["%s.__class__ is int" % slot for slot, value in zip((left, right), known)
                      if value.__class__ is not int]
            if INT_BINARY[symbol] and not known[1]:
                guards.append(right)
        else:
            raise NotALeaf("operator " + text)
        if guards:
            self.bail_unless(" and ".join(guards), fast)
        else:
            self.line(fast)

    def op_COMPARE_OP(self, index, oparg, nxt, depth):
        symbol = opcodes.CMP_OPS[oparg >> 4]
        left, right = "s%d" % (depth - 2), "s%d" % (depth - 1)
        self.bail_unless("(%s and %s) or (%s.__class__ is str and %s.__class__ is str)"
                         % (_NUMBER % (left, left), _NUMBER % (right, right), left, right),
                         "%s = %s %s %s" % (left, left, symbol, right))

    def op_IS_OP(self, index, oparg, nxt, depth):
        left, right = "s%d" % (depth - 2), "s%d" % (depth - 1)
        self.line("%s = %s is %s%s" % (left, left, "not " if oparg else "", right))

    def op_UNARY_NOT(self, index, oparg, nxt, depth):
        top = "s%d" % (depth - 1)
        self.bail_unless("%s.__class__ is bool" % top, "%s = not %s" % (top, top))

    def op_UNARY_NEGATIVE(self, index, oparg, nxt, depth):
        top = "s%d" % (depth - 1)
        self.bail_unless(_NUMBER % (top, top), "%s = -%s" % (top, top))

    def op_BINARY_SUBSCR(self, index, oparg, nxt, depth):
        container, key = "s%d" % (depth - 2), "s%d" % (depth - 1)
        self.bail_unless("(%s.__class__ is W_List or %s.__class__ is W_Tuple) and "
                         "(%s.w_type is w_list_type or %s.w_type is w_tuple_type) and "
                         "%s.__class__ is int and 0 <= %s < len(%s.items_w)"
                         % (container, container, container, container, key, key, container),
                         "%s = %s.items_w[%s]" % (container, container, key))

    def op_BUILD_TUPLE(self, index, oparg, nxt, depth):
        first = depth - oparg
        self.line("s%d = space.newtuple([%s])" % (first, ", ".join(
            "s%d" % i for i in range(first, depth))))

    def op_JUMP_FORWARD(self, index, oparg, nxt, depth):
        self.line("pc = %d" % self.t.target(index))
        self.line("continue")
        return "ends"

    def op_POP_JUMP_IF_FALSE(self, index, oparg, nxt, depth):
        """Truth without guest code: a bool, None, an unboxed number or string, an
        instance of a class without __bool__ and __len__ (space.is_true's cache)."""
        top = "s%d" % (depth - 1)
        jump_when = "False" if opcodes.BY_NUMBER[self.t.instructions[index][0]].name == \
            "POP_JUMP_IF_FALSE" else "True"
        self.line("if %s.__class__ is not bool:" % top)
        self.line("    if %s is None:" % top)
        self.line("        %s = False" % top)
        self.line("    elif %s.__class__ is int or %s.__class__ is str or %s.__class__ is float:"
                  % (top, top, top))
        self.line("        %s = bool(%s)" % (top, top))
        self.line("    elif %s.__class__ is W_Instance and %s.w_type.always_true_version == "
                  "%s.w_type.version:" % (top, top, top))
        self.line("        %s = True" % top)
        self.line("    else:")
        self.line("        return BAIL")
        self.line("if %s is %s:" % (top, jump_when))
        self.line("    pc = %d" % self.t.target(index))
        self.line("    continue")

    op_POP_JUMP_IF_TRUE = op_POP_JUMP_IF_FALSE

    def op_POP_JUMP_IF_NONE(self, index, oparg, nxt, depth):
        negation = "" if opcodes.BY_NUMBER[self.t.instructions[index][0]].name == \
            "POP_JUMP_IF_NONE" else "not "
        self.line("if s%d is %sNone:" % (depth - 1, negation))
        self.line("    pc = %d" % self.t.target(index))
        self.line("    continue")

    op_POP_JUMP_IF_NOT_NONE = op_POP_JUMP_IF_NONE
