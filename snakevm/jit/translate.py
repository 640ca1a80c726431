"""Tier 2's translator: one code object's bytecode -> the source of a host Python
function that does what the interpreter loop would do with it.

The shape of the generated function (``--jit-dump`` prints it):

    def run(f, pc):                   # f: the guest Frame; pc: where to start
        fast = f.fast                 # the locals stay in the frame (observable)
        s0 = s1 = ... = None          # value-stack slots are host locals: 3.12 code
        ...                           # has a static stack depth at every instruction
        try:
            while True:               # one block per entry (a loop header, a merge
                if pc == 0:           # point...): `pc = T; continue` goes there
                    li = 6            # the instruction that runs (for errors)
                    s0 = fast[0]      # LOAD_FAST
                    if s0 is False:   # a block with one way in is written where
                        ...           # control reaches it: an if/else stays one
        except OperationError as error:   # the interpreter takes over: it finds the
            return deopt_raise(...)       # handler (or unwinds) from frame state

Each instruction becomes inline code over the stack slots (its emitter in
emitters.py): fast paths guarded by exact host types (int, float, str are unboxed
guest values) and calls into the object space otherwise.  An instruction without
an inline form calls its
interpreter handler with the slots spilled to ``f.stack`` and reloads them after,
so every instruction is covered.  Only code reachable without an exception is
translated: exception handlers run in the interpreter after a deopt.  Back edges
check for pending interpreter hooks (signals, thread switches, limits) and hand
the frame back to the interpreter when there are some.  See docs/performance.md."""

from snakevm import opcodes
from snakevm.interpreter import verify
from snakevm.interpreter.frame import frame_template
from snakevm.jit.emitters import CANNOT_FAIL, EMITTERS, Site

MAX_INDENT = 40             # a block written inline is nested this deep at most



def _numbers(*names):
    return {opcodes.BY_NAME[name].number for name in names}


FOR_ITER = opcodes.BY_NAME["FOR_ITER"].number
RESUME = opcodes.BY_NAME["RESUME"].number
SEND = opcodes.BY_NAME["SEND"].number
YIELD_VALUE = opcodes.BY_NAME["YIELD_VALUE"].number
JUMP_BACKWARD_NO_INTERRUPT = opcodes.BY_NAME["JUMP_BACKWARD_NO_INTERRUPT"].number
KW_NAMES = opcodes.BY_NAME["KW_NAMES"].number
LOAD_GLOBAL = opcodes.BY_NAME["LOAD_GLOBAL"].number
# Instructions that write no slot but the one they push (what is known of the
# values in the other slots stays true across them).
_PUSH_ONLY = _numbers("LOAD_FAST", "LOAD_CONST", "LOAD_FAST_CHECK", "PUSH_NULL")
_JUMPS = _numbers("JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT")
_ENDS_BLOCK = _JUMPS | _numbers("RETURN_VALUE", "RETURN_CONST", "RAISE_VARARGS", "RERAISE")
_CONDITIONAL = _numbers("POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE",
                        "POP_JUMP_IF_NOT_NONE", "FOR_ITER", "SEND")
# A generator's frame suspends after these: its next resume enters at the following
# instruction, which therefore starts a block.
_SUSPENDS = _numbers("RETURN_GENERATOR", "YIELD_VALUE")


class Untranslatable(Exception):
    """The code object is not for this tier (the interpreter keeps running it)."""


class Translation:
    """The generated source for ``code`` and the names it uses."""

    def __init__(self, code, handlers):
        self.code = code
        self.handlers = handlers                # opcode -> the interpreter's handler
        try:
            self.instructions, self.starts, self.depths = verify.flow_facts(code)
        except verify.InvalidCode as e:
            raise Untranslatable(str(e)) from None
        self.unchecked = code._cache.get("unchecked_loads", frozenset())
        self.names = {}                         # namespace entries the source refers to
        self.attribute_sites = {}               # LOAD_ATTR index -> its cache (emitters.py)
        self.lines = []
        self.reachable, self.leaders = self._flow()
        self.entries = self._entries()
        self.inline = self.leaders - self.entries
        self.after_kw_names = {self.starts.get(nxt) for op, _, nxt in self.instructions.values()
                               if op == KW_NAMES}
        self.max_depth = max([self.depths[i] for i in self.reachable] + [0]) + 2

    # -- control flow ------------------------------------------------------------------------
    def target(self, index):
        opcode, oparg, nxt = self.instructions[index]
        target = self.starts[verify.jump_target(opcode, oparg, nxt)]
        if opcode == FOR_ITER:
            return self.starts[target + 1]       # exhausted: past its END_FOR
        return target

    def _flow(self):
        """Instructions reachable without exceptions, and the block leaders among
        them (the entry and jump targets; a conditional jump's other way goes on in
        its block)."""
        reachable, leaders, pending = set(), {0}, [0]
        while pending:
            index = pending.pop()
            if index in reachable:
                continue
            reachable.add(index)
            opcode, oparg, nxt = self.instructions[index]
            if opcode in _CONDITIONAL or opcode in _JUMPS:
                target = self.target(index)
                leaders.add(target)
                pending.append(target)
            if opcode in _ENDS_BLOCK:
                continue
            following = self.starts.get(nxt)
            if following is None:
                raise Untranslatable("falls off the end")
            if opcode in _SUSPENDS:
                leaders.add(following)
            pending.append(following)
        return reachable, leaders

    def _entries(self):
        """The blocks control can reach other than from one jump or fall-through
        that precedes them: the first, those the generated function may be entered
        at (a loop header, where on-stack replacement enters; the resume point
        after a suspension; a SEND's exit, where resume_compiled enters), those
        reached in more than one way, and those an instruction without an inline
        form jumps to.  Only these are dispatched on ``pc``: any other block is
        written inline where control reaches it (``goto``), so an if/else of the
        guest code is an if/else of the host's."""
        ways_in = dict.fromkeys(self.leaders, 0)
        entries = {0}
        for index in self.reachable:
            opcode, _, nxt = self.instructions[index]
            following = self.starts.get(nxt)
            if opcode in _SUSPENDS:
                entries.add(following)
                continue
            if opcode in _CONDITIONAL or opcode in _JUMPS:
                target = self.target(index)
                ways_in[target] += 1
                if target <= index or opcode == SEND or opcode not in EMITTERS:
                    entries.add(target)
            if opcode not in _ENDS_BLOCK and following in ways_in:
                ways_in[following] += 1
        entries.update(leader for leader, count in ways_in.items() if count != 1)
        return entries

    def goto(self, target, indent):
        """Control goes on at block ``target``: its code written here when this is
        its one way in and the nesting allows, else through the dispatch."""
        if target in self.inline and indent <= MAX_INDENT:
            known_ints = self.known_ints
            self._block(target, indent)
            self.known_ints = known_ints
            return
        if target in self.inline:
            self.too_deep.add(target)       # (source() makes it an entry and starts over)
        self.emit(indent, "pc = %d" % target)
        self.emit(indent, "continue")

    def delegations(self):
        """{resume point: (its SEND, its YIELD_VALUE, the SEND's exit)} for each place a
        generator's code suspends in the loop of a ``yield from`` or ``await``:

            SEND exit; YIELD_VALUE; RESUME 2|3 (the resume point); JUMP_BACKWARD_NO_INTERRUPT SEND

        A resume there only passes the sent value on and the sub-iterator's value
        back, which runtime.resume_compiled can do without running this code."""
        found = {}
        for index, (opcode, _, nxt) in self.instructions.items():
            resume = self.starts.get(nxt)
            if opcode != YIELD_VALUE or index not in self.reachable or resume is None:
                continue
            resume_op, resume_arg, after = self.instructions[resume]
            jump = self.starts.get(after)
            if resume_op != RESUME or resume_arg < 2 or jump is None or \
                    self.instructions[jump][0] != JUMP_BACKWARD_NO_INTERRUPT:
                continue
            send = self.target(jump)
            if self.instructions[send][0] == SEND and resume in self.leaders:
                found[resume] = (send, index, self.target(send))
        return found

    # -- emitting ----------------------------------------------------------------------------
    def name(self, prefix, value):
        key = "%s_%d" % (prefix, len(self.names))
        self.names[key] = value
        return key

    def emit(self, indent, text):
        for line in text.split("\n"):
            self.lines.append("    " * indent + line)

    def source(self):
        """The generated function; blocks nested too deep become entries, once."""
        while True:
            self.lines, self.names, self.too_deep = [], {}, set()
            self.attribute_sites = {}
            text = self._source()
            if not self.too_deep:
                return text
            self.entries |= self.too_deep
            self.inline -= self.too_deep

    def _source(self):
        slots = ["s%d" % i for i in range(self.max_depth)]
        self.emit(0, "def run(f, pc):")
        self.emit(1, "fast = f.fast")
        self.emit(1, "consts = CONSTS")
        if any(op == LOAD_GLOBAL for op, _, _ in self.instructions.values()):
            self.emit(1, "global_names = f.w_globals.storage")
            self.emit(1, "builtin_names = f.w_builtins.storage")
        self.emit(1, "%s = None" % " = ".join(slots))
        self.emit(1, "li = pc")
        self.emit(1, "if pc:")
        self._load_stack(2)
        self.emit(1, "try:")
        self.emit(2, "while True:")
        self._dispatch(sorted(self.entries), 3)
        self.emit(3, "raise AssertionError('jit: no block at %d' % pc)     # (cannot happen)")
        # (the temporaries an instruction was using hold nothing past it: the
        # interpreter runs the rest of the frame inside deopt_raise)
        self.emit(1, "except OperationError as error:")
        self.emit(2, "error.__traceback__ = v = fn = args = result = None")
        self.emit(2, "return deopt_raise(f, li, error, [%s][:DEPTHS[li]])" % ", ".join(slots))
        self.emit(1, "except RecursionError:")
        self.emit(2, "v = fn = args = result = None")
        self.emit(2, "return deopt_raise(f, li, recursion_error(), [%s][:DEPTHS[li]])"
                  % ", ".join(slots))
        self.names["DEPTHS"] = self._depth_table()
        self.names["CONSTS"] = frame_template(self.code)[2]
        self.names["BLOCKS"] = frozenset(self.entries)
        return "\n".join(self.lines) + "\n"

    def _load_stack(self, indent):
        """Entering at a block other than the first (a resumed generator, on-stack
        replacement, a handler's return): the slots from f.stack, by its depth."""
        depths = sorted({self.depths[entry] for entry in self.entries if entry})
        self.emit(indent, "depth = len(f.stack)")
        keyword = "if"
        for depth in depths:
            self.emit(indent, "%s depth == %d:" % (keyword, depth))
            self.emit(indent + 1, "%s, = f.stack" % ", ".join("s%d" % i for i in range(depth))
                      if depth else "pass")
            keyword = "elif"
        self.emit(indent, "else:" if depths else "if True:")
        self.emit(indent + 1, self._reload_any())

    def _depth_table(self):
        count = len(self.code.co_code) // 2
        table = [0] * (count + 1)
        for index, depth in self.depths.items():
            table[index] = depth
        return tuple(table)

    def _dispatch(self, leaders, indent):
        """A binary search over the entry blocks, each block at its leaf."""
        if len(leaders) <= 3:
            for leader in leaders:
                self.emit(indent, "if pc == %d:" % leader)
                self._block(leader, indent + 1)
            return
        middle = len(leaders) // 2
        self.emit(indent, "if pc < %d:" % leaders[middle])
        self._dispatch(leaders[:middle], indent + 1)
        self.emit(indent, "else:")
        self._dispatch(leaders[middle:], indent + 1)

    def _block(self, leader, indent):
        index = leader
        self.known_ints = {}        # slot -> the small-int constant it holds (guards go)
        while True:
            opcode, oparg, nxt = self.instructions[index]
            depth = self.depths[index]
            self.emit(indent, "# %d %s %d" % (2 * index, opcodes.BY_NUMBER[opcode].name, oparg))
            self.known_ints.pop(depth, None)                # (the slot a push overwrites)
            self._instruction(index, opcode, oparg, nxt, depth, indent)
            if opcode not in _PUSH_ONLY:
                self.known_ints = {}
            if opcode in _ENDS_BLOCK or opcode in _SUSPENDS:
                return
            after = depth + opcodes.BY_NUMBER[opcode].stack_effect(oparg)
            if after < depth:                   # what it consumed is not held on to
                self.emit(indent, "%s = None" % " = ".join(
                    "s%d" % slot for slot in range(after, depth)))
            following = self.starts[nxt]
            if following in self.leaders:
                self.goto(following, indent)
                return
            index = following

    # -- instructions --------------------------------------------------------------------------
    def _instruction(self, index, opcode, oparg, nxt, depth, indent):
        site = Site(self, index, opcode, oparg, nxt, depth, indent)
        if opcode not in CANNOT_FAIL:
            site.emit("li = %d" % index)
        emitter = EMITTERS.get(opcode)
        if emitter is None or emitter(site) is False:
            self.generic(site, indent)

    def generic(self, site, indent):
        """An instruction without an inline form: its interpreter handler, run on the
        stack spilled to f.stack (reloaded after)."""
        info = opcodes.BY_NUMBER[site.opcode]
        handler = self.name("H", self.handlers[site.opcode])
        lines = ["# (run by the interpreter's handler)",
                 "f.stack = [%s]" % site.slots(site.depth),
                 "f.last_i = %d" % site.index,
                 "f.pc = %d" % site.nxt,
                 "result = %s(f, %d)" % (handler, site.oparg),
                 "if result is not None:                  # a guest call: run its frame",
                 "    f.stack.append(finish_call(result))",
                 "    result = None"]
        if info.is_jump:
            lines += ["if f.pc != %d:" % site.nxt,
                      "    pc = f.pc",
                      "    %s" % self._reload_any(),
                      "    continue"]
        after = site.depth + info.stack_effect(site.oparg)
        if after:
            lines.append("%s, = f.stack" % site.slots(after))
        for line in lines:
            self.emit(indent, line)

    def _reload_any(self):
        slots = ", ".join("s%d" % i for i in range(self.max_depth))
        return "%s, = f.stack + [None] * (%d - len(f.stack))" % (slots, self.max_depth)
