"""The control-flow graph pass: CPython 3.12's Python/flowgraph.c in Python.

Turns a unit's linear instruction sequence into basic blocks, labels each
instruction with the exception handler covering it, then optimises the way
CPython does: empty-block removal, inlining of small exit blocks, peephole
rules (constant conditional jumps, tuple folding, LOAD_CONST+RETURN_VALUE ->
RETURN_CONST, jump threading, SWAP elimination, PUSH_NULL+LOAD_GLOBAL), dead
code removal, unused-constant removal, LOAD_FAST -> LOAD_FAST_CHECK where a
local may be unbound, cold (exception-only) blocks moved to the end, line
numbers for artificial instructions, stack depth, and pseudo-op lowering.
"""

from snakevm import opcodes as op
from snakevm.compiler.unit import NO_LOCATION, Instr, const_key

HAS_ARG = {i.number for i in op.INSTRUCTIONS if i.has_arg}
JUMPS = {op.JUMP, op.JUMP_NO_INTERRUPT, op.JUMP_FORWARD, op.JUMP_BACKWARD,
         op.JUMP_BACKWARD_NO_INTERRUPT, op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE,
         op.POP_JUMP_IF_NONE, op.POP_JUMP_IF_NOT_NONE, op.FOR_ITER, op.SEND}
BLOCK_PUSH = {op.SETUP_FINALLY, op.SETUP_CLEANUP, op.SETUP_WITH}
HAS_TARGET = JUMPS | BLOCK_PUSH
UNCONDITIONAL_JUMPS = {op.JUMP, op.JUMP_NO_INTERRUPT, op.JUMP_FORWARD, op.JUMP_BACKWARD,
                       op.JUMP_BACKWARD_NO_INTERRUPT}
SCOPE_EXITS = {op.RETURN_VALUE, op.RETURN_CONST, op.RAISE_VARARGS, op.RERAISE}
TERMINATORS = JUMPS | SCOPE_EXITS
CONDITIONAL_JUMPS = {op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE, op.POP_JUMP_IF_NONE,
                     op.POP_JUMP_IF_NOT_NONE}
NO_LABEL = None
MAX_COPY_SIZE = 4


class Block:
    __slots__ = ("instrs", "next", "label", "except_handler", "preserve_lasti", "cold",
                 "warm", "visited", "predecessors", "startdepth", "offset", "unsafe_mask",
                 "exceptstack")

    def __init__(self, label=None):
        self.instrs = []
        self.next = None
        self.label = label
        self.except_handler = False
        self.preserve_lasti = False
        self.cold = False
        self.warm = False
        self.visited = False
        self.predecessors = 0
        self.startdepth = None
        self.offset = 0
        self.unsafe_mask = 0
        self.exceptstack = None

    def last(self):
        return self.instrs[-1] if self.instrs else None

    def has_fallthrough(self):
        last = self.last()
        if last is None:
            return True
        return not (last.op in SCOPE_EXITS or last.op in UNCONDITIONAL_JUMPS)

    def exits_scope(self):
        last = self.last()
        return last is not None and last.op in SCOPE_EXITS

    def __repr__(self):
        return "<Block %s %r>" % (self.label, self.instrs)


class CFG:
    def __init__(self):
        self.entry = Block()
        self.blocks = [self.entry]     # creation order (for traversal stacks)
        self.cur = self.entry
        self.current_label = NO_LABEL
        self.max_label = 0

    def new_block(self):
        b = Block()
        self.blocks.append(b)
        return b

    def iter_blocks(self):
        b = self.entry
        while b is not None:
            yield b
            b = b.next

    # -- building ---------------------------------------------------------------------
    def _terminated(self):
        last = self.cur.last()
        if last is not None and last.op in TERMINATORS:
            return True
        if self.current_label is not NO_LABEL:
            if last is not None or self.cur.label is not NO_LABEL:
                return True
            self.cur.label = self.current_label
            self.current_label = NO_LABEL
        return False

    def _maybe_start_new_block(self):
        if self._terminated():
            b = self.new_block()
            b.label = self.current_label
            self.current_label = NO_LABEL
            self.cur.next = b
            self.cur = b

    def use_label(self, label):
        self.current_label = label
        self._maybe_start_new_block()

    def addop(self, instr):
        self._maybe_start_new_block()
        self.cur.instrs.append(instr)


def sequence_to_cfg(unit):
    """Split the unit's instruction sequence into basic blocks.

    A new block starts at every used label and after every jump or scope exit
    (CPython's cfg_builder_maybe_start_new_block); jump targets become label ids.
    """
    g = CFG()
    instrs = unit.instrs
    labels = unit.labels
    n = len(instrs)
    offset2label = {}
    for label, offset in enumerate(labels):
        if 0 <= offset < n:
            offset2label[offset] = label
    cur = g.entry
    new_block = g.new_block
    for i, ins in enumerate(instrs):
        label = offset2label.get(i)
        if label is not None:
            if cur.instrs or cur.label is not NO_LABEL:
                b = new_block()
                b.label = label
                cur.next = b
                cur = b
            else:
                cur.label = label
        elif cur.instrs and cur.instrs[-1].op in TERMINATORS:
            b = new_block()
            cur.next = b
            cur = b
        if ins.op in HAS_TARGET:
            # like CPython, a jump's oparg holds its label id until offsets are resolved
            # (resolve_jump_offsets starts from these sizes, which decides EXTENDED_ARGs)
            ins.target = ins.arg = offset2label[labels[ins.target]]
        cur.instrs.append(ins)
    g.max_label = len(labels)
    return g


def translate_jump_labels_to_targets(g):
    label2block = {}
    for b in g.iter_blocks():
        if b.label is not NO_LABEL:
            label2block[b.label] = b
    for b in g.iter_blocks():
        for ins in b.instrs:
            if ins.op in HAS_TARGET:
                ins.target = label2block[ins.target]


def mark_except_handlers(g):
    for b in g.iter_blocks():
        for ins in b.instrs:
            if ins.op in BLOCK_PUSH:
                ins.target.except_handler = True


def label_exception_targets(g):
    for b in g.blocks:
        b.visited = False
    todo = [g.entry]
    g.entry.visited = True
    g.entry.exceptstack = [None]
    while todo:
        b = todo.pop()
        stack = b.exceptstack
        b.exceptstack = None
        handler = stack[-1]
        for i, ins in enumerate(b.instrs):
            if ins.op in BLOCK_PUSH:
                target = ins.target
                if not target.visited:
                    target.exceptstack = list(stack)
                    todo.append(target)
                    target.visited = True
                if ins.op in (op.SETUP_WITH, op.SETUP_CLEANUP):
                    target.preserve_lasti = True
                stack.append(target)
                handler = target
            elif ins.op == op.POP_BLOCK:
                stack.pop()
                handler = stack[-1]
            elif ins.op in JUMPS:
                ins.except_handler = handler
                target = ins.target
                if not target.visited:
                    if b.has_fallthrough():
                        target.exceptstack = list(stack)
                    else:
                        target.exceptstack = stack
                        stack = None
                    todo.append(target)
                    target.visited = True
            else:
                if ins.op == op.YIELD_VALUE:
                    ins.arg = len(stack) - 1
                ins.except_handler = handler
        if b.has_fallthrough() and b.next is not None and not b.next.visited:
            b.next.exceptstack = stack
            todo.append(b.next)
            b.next.visited = True


def eliminate_empty_basic_blocks(g):
    # Remove empty blocks from the chain, retargeting jumps to the next non-empty one.
    b = g.entry
    while b.next is not None:
        if not b.next.instrs:
            b.next = b.next.next
        else:
            b = b.next
    for b in g.iter_blocks():
        for ins in b.instrs:
            if ins.op in HAS_TARGET:
                target = ins.target
                while not target.instrs:
                    target = target.next
                ins.target = target
    # the entry block itself may be empty
    while not g.entry.instrs and g.entry.next is not None:
        g.entry = g.entry.next


def inline_small_exit_blocks(b):
    last = b.last()
    if last is None or last.op not in UNCONDITIONAL_JUMPS:
        return False
    target = last.target
    if target.exits_scope() and len(target.instrs) <= MAX_COPY_SIZE:
        last.op = op.NOP
        last.arg = 0
        last.target = None
        b.instrs.extend(ins.copy() for ins in target.instrs)
        return True
    return False


def jump_thread(inst, target, opcode):
    if ((inst.loc[0] == target.loc[0] or target.loc[0] == -1)
            and inst.target is not target.target):
        inst.target = target.target
        inst.op = opcode
        return True
    return False


def get_const_value(inst, consts):
    return consts[inst.arg]


def add_const(value, consts, const_cache):
    key = const_key(value)
    index = const_cache.get(key)
    if index is None:
        index = len(consts)
        consts.append(value)
        const_cache[key] = index
    return index


def fold_tuple_on_constants(instrs, i, n, consts, const_cache, merge):
    # instrs[i] is BUILD_TUPLE n; instrs[i-n:i] may all be LOAD_CONST
    for k in range(i - n, i):
        if instrs[k].op != op.LOAD_CONST:
            return
    value = merge(tuple(consts[instrs[k].arg] for k in range(i - n, i)))
    index = add_const(value, consts, const_cache)
    for k in range(i - n, i):
        instrs[k].op = op.NOP
        instrs[k].arg = 0
    instrs[i].op = op.LOAD_CONST
    instrs[i].arg = index


VISITED = -1


def swaptimize(instrs, i):
    """Replace the SWAP/NOP run starting at i by the fewest SWAPs; return its last index."""
    length = len(instrs)
    start = i
    j = i + 1
    more = False
    depth = instrs[i].arg
    while j < length:
        o = instrs[j].op
        if o == op.SWAP:
            depth = max(depth, instrs[j].arg)
            more = True
        elif o != op.NOP:
            break
        j += 1
    if not more:
        return i
    end = j
    stack = list(range(depth))
    for k in range(start, end):
        if instrs[k].op == op.SWAP:
            oparg = instrs[k].arg
            top = stack[0]
            stack[0] = stack[oparg - 1]
            stack[oparg - 1] = top
    current = end - start - 1
    loc_slots = list(range(start, end))
    emitted = []
    for k in range(depth):
        if stack[k] == VISITED or stack[k] == k:
            continue
        jj = k
        while True:
            if jj:
                emitted.append(jj + 1)
            nxt = stack[jj]
            stack[jj] = VISITED
            jj = nxt
            if jj == k:
                break
        if k:
            emitted.append(k + 1)
    # CPython writes swaps from the end of the run backwards, in emission order
    current = end - 1
    for a in emitted:
        instrs[current].op = op.SWAP
        instrs[current].arg = a
        current -= 1
    while current >= start:
        instrs[current].op = op.NOP
        instrs[current].arg = 0
        current -= 1
    return end - 1


SWAPPABLE = {op.STORE_FAST, op.STORE_FAST_MAYBE_NULL, op.POP_TOP}


def next_swappable_instruction(instrs, i, lineno):
    while True:
        i += 1
        if i >= len(instrs):
            return -1
        ins = instrs[i]
        if lineno >= 0 and ins.loc[0] != lineno:
            return -1
        if ins.op == op.NOP:
            continue
        if ins.op in SWAPPABLE:
            return i
        return -1


def _stores_to(ins):
    return ins.arg if ins.op in (op.STORE_FAST, op.STORE_FAST_MAYBE_NULL) else -1


def apply_static_swaps(instrs, i):
    """Replace SWAPs (left of i) by reordering the stores/pops that follow them."""
    while i >= 0:
        swap = instrs[i]
        if swap.op != op.SWAP:
            if swap.op == op.NOP or swap.op in SWAPPABLE:
                i -= 1
                continue
            return
        j = next_swappable_instruction(instrs, i, -1)
        if j < 0:
            return
        k = j
        lineno = instrs[j].loc[0]
        for _ in range(swap.arg - 1, 0, -1):
            k = next_swappable_instruction(instrs, k, lineno)
            if k < 0:
                return
        store_j = _stores_to(instrs[j])
        store_k = _stores_to(instrs[k])
        if store_j >= 0 or store_k >= 0:
            if store_j == store_k:
                return
            for idx in range(j + 1, k):
                store_idx = _stores_to(instrs[idx])
                if store_idx >= 0 and (store_idx == store_j or store_idx == store_k):
                    return
        swap.op = op.NOP
        swap.arg = 0
        instrs[j], instrs[k] = instrs[k], instrs[j]
        i -= 1


def optimize_basic_block(const_cache, bb, consts, merge):
    instrs = bb.instrs
    nop = Instr(op.NOP, 0, NO_LOCATION)
    target = nop
    opcode = 0
    oparg = 0
    i = 0
    while i < len(instrs):
        inst = instrs[i]
        is_copy_of_load_const = (opcode == op.LOAD_CONST and inst.op == op.COPY
                                 and inst.arg == 1)
        if not is_copy_of_load_const:
            opcode = inst.op
            oparg = inst.arg
            if opcode in HAS_TARGET:
                target = inst.target.instrs[0]
            else:
                target = nop
        nextop = instrs[i + 1].op if i + 1 < len(instrs) else 0
        if opcode == op.LOAD_CONST:
            if nextop in (op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE):
                value = consts[oparg]
                is_true = bool(value)
                inst.op = op.NOP
                inst.arg = 0
                jump_if_true = nextop == op.POP_JUMP_IF_TRUE
                if is_true == jump_if_true:
                    instrs[i + 1].op = op.JUMP
                else:
                    instrs[i + 1].op = op.NOP
                    instrs[i + 1].arg = 0
                    instrs[i + 1].target = None
            elif nextop == op.IS_OP:
                value = consts[oparg]
                if value is None and i + 2 < len(instrs):
                    is_instr = instrs[i + 1]
                    jump_instr = instrs[i + 2]
                    if jump_instr.op in (op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE):
                        inst.op = op.NOP
                        inst.arg = 0
                        is_instr.op = op.NOP
                        invert = is_instr.arg
                        is_instr.arg = 0
                        jump_if_true = jump_instr.op == op.POP_JUMP_IF_TRUE
                        jump_instr.op = (op.POP_JUMP_IF_NONE if invert ^ jump_if_true
                                         else op.POP_JUMP_IF_NOT_NONE)
            elif nextop == op.RETURN_VALUE:
                inst.op = op.NOP
                inst.arg = 0
                i += 1
                instrs[i].op = op.RETURN_CONST
                instrs[i].arg = oparg
        elif opcode == op.BUILD_TUPLE:
            if nextop == op.UNPACK_SEQUENCE and oparg == instrs[i + 1].arg:
                if oparg == 1:
                    inst.op = op.NOP
                    inst.arg = 0
                    instrs[i + 1].op = op.NOP
                    instrs[i + 1].arg = 0
                    i += 1
                    continue
                if oparg in (2, 3):
                    inst.op = op.NOP
                    inst.arg = 0
                    instrs[i + 1].op = op.SWAP
                    i += 1
                    continue
            if i >= oparg:
                fold_tuple_on_constants(instrs, i, oparg, consts, const_cache, merge)
        elif opcode in (op.POP_JUMP_IF_NOT_NONE, op.POP_JUMP_IF_NONE,
                        op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE, op.JUMP):
            if target.op == op.JUMP:
                if jump_thread(inst, target, opcode):
                    continue
        elif opcode == op.SWAP:
            if oparg == 1:
                inst.op = op.NOP
                inst.arg = 0
            else:
                i = swaptimize(instrs, i)
                apply_static_swaps(instrs, i)
        elif opcode == op.PUSH_NULL:
            if nextop == op.LOAD_GLOBAL and (instrs[i + 1].arg & 1) == 0:
                inst.op = op.NOP
                inst.arg = 0
                instrs[i + 1].arg |= 1
        i += 1


def remove_redundant_nops(bb):
    for ins in bb.instrs:
        if ins.op == op.NOP:
            break
    else:
        return 0
    dest = []
    prev_lineno = -1
    instrs = bb.instrs
    n = len(instrs)
    for src in range(n):
        instr = instrs[src]
        lineno = instr.loc[0]
        if instr.op == op.NOP:
            if lineno < 0:
                continue
            if prev_lineno == lineno:
                continue
            if src < n - 1:
                next_lineno = instrs[src + 1].loc[0]
                if next_lineno == lineno:
                    continue
                if next_lineno < 0:
                    instrs[src + 1].loc = instr.loc
                    continue
            else:
                nxt = bb.next
                while nxt is not None and not nxt.instrs:
                    nxt = nxt.next
                if nxt is not None and lineno == nxt.instrs[0].loc[0]:
                    continue
        dest.append(instr)
        prev_lineno = lineno
    removed = n - len(dest)
    bb.instrs = dest
    return removed


def remove_redundant_nops_and_pairs(g):
    done = False
    while not done:
        done = True
        instr = None
        for b in g.iter_blocks():
            remove_redundant_nops(b)
            if b.label is not NO_LABEL:
                instr = None
            for ins in b.instrs:
                prev = instr
                instr = ins
                prev_op = prev.op if prev is not None else 0
                prev_arg = prev.arg if prev is not None else 0
                if ins.op == op.POP_TOP and (prev_op == op.LOAD_CONST or
                                             (prev_op == op.COPY and prev_arg == 1)):
                    prev.op = op.NOP
                    prev.arg = 0
                    ins.op = op.NOP
                    ins.arg = 0
                    done = False
            if (instr is not None and instr.op in JUMPS) or not b.has_fallthrough():
                instr = None


def mark_reachable(g):
    for b in g.blocks:
        b.visited = False
        b.predecessors = 0
    stack = [g.entry]
    g.entry.predecessors = 1
    while stack:
        b = stack.pop()
        b.visited = True
        if b.next is not None and b.has_fallthrough():
            if not b.next.visited:
                stack.append(b.next)
            b.next.predecessors += 1
        for ins in b.instrs:
            if ins.op in HAS_TARGET:
                target = ins.target
                if not target.visited:
                    stack.append(target)
                target.predecessors += 1


def remove_redundant_jumps(g):
    for b in g.iter_blocks():
        last = b.last()
        if last is not None and last.op in UNCONDITIONAL_JUMPS:
            if last.target is b.next:
                last.op = op.NOP
                last.arg = 0
                last.target = None


def optimize_cfg(g, consts, const_cache, merge):
    eliminate_empty_basic_blocks(g)
    for b in g.iter_blocks():
        inline_small_exit_blocks(b)
    for b in g.iter_blocks():
        optimize_basic_block(const_cache, b, consts, merge)
    remove_redundant_nops_and_pairs(g)
    for b in g.iter_blocks():
        inline_small_exit_blocks(b)
    mark_reachable(g)
    for b in g.iter_blocks():
        if b.predecessors == 0:
            b.instrs = []
    for b in g.iter_blocks():
        remove_redundant_nops(b)
    eliminate_empty_basic_blocks(g)
    remove_redundant_jumps(g)


HAS_CONST = {op.LOAD_CONST, op.RETURN_CONST, op.KW_NAMES}


def remove_unused_consts(g, consts):
    n = len(consts)
    if n == 0:
        return consts
    used = [False] * n
    used[0] = True
    for b in g.iter_blocks():
        for ins in b.instrs:
            if ins.op in HAS_CONST:
                used[ins.arg] = True
    index_map = {}
    new_consts = []
    for i in range(n):
        if used[i]:
            index_map[i] = len(new_consts)
            new_consts.append(consts[i])
    if len(new_consts) == n:
        return consts
    for b in g.iter_blocks():
        for ins in b.instrs:
            if ins.op in HAS_CONST:
                ins.arg = index_map[ins.arg]
    return new_consts


def _maybe_push(b, unsafe_mask, stack):
    both = b.unsafe_mask | unsafe_mask
    if b.unsafe_mask != both:
        b.unsafe_mask = both
        if not b.visited:
            stack.append(b)
            b.visited = True


def _scan_block_for_locals(b, stack):
    unsafe = b.unsafe_mask
    for ins in b.instrs:
        if ins.except_handler is not None:
            _maybe_push(ins.except_handler, unsafe, stack)
        if ins.arg >= 64:
            continue
        bit = 1 << ins.arg
        o = ins.op
        if o in (op.DELETE_FAST, op.LOAD_FAST_AND_CLEAR, op.STORE_FAST_MAYBE_NULL):
            unsafe |= bit
        elif o == op.STORE_FAST:
            unsafe &= ~bit
        elif o == op.LOAD_FAST_CHECK:
            unsafe &= ~bit
        elif o == op.LOAD_FAST:
            if unsafe & bit:
                ins.op = op.LOAD_FAST_CHECK
            unsafe &= ~bit
    if b.next is not None and b.has_fallthrough():
        _maybe_push(b.next, unsafe, stack)
    last = b.last()
    if last is not None and last.op in JUMPS:
        _maybe_push(last.target, unsafe, stack)


def _fast_scan_many_locals(g, nlocals):
    states = [0] * (nlocals - 64)
    blocknum = 0
    for b in g.iter_blocks():
        blocknum += 1
        for ins in b.instrs:
            arg = ins.arg
            if arg < 64:
                continue
            o = ins.op
            if o in (op.DELETE_FAST, op.LOAD_FAST_AND_CLEAR, op.STORE_FAST_MAYBE_NULL):
                states[arg - 64] = blocknum - 1
            elif o == op.STORE_FAST:
                states[arg - 64] = blocknum
            elif o == op.LOAD_FAST:
                if states[arg - 64] != blocknum:
                    ins.op = op.LOAD_FAST_CHECK
                states[arg - 64] = blocknum


def add_checks_for_loads_of_uninitialized_variables(g, nlocals, nparams):
    if nlocals == 0:
        return
    if nlocals > 64:
        _fast_scan_many_locals(g, nlocals)
        nlocals = 64
    for b in g.blocks:
        b.visited = False
        b.unsafe_mask = 0
    stack = []
    start_mask = 0
    for i in range(nparams, nlocals):
        start_mask |= 1 << i
    _maybe_push(g.entry, start_mask, stack)
    for b in g.iter_blocks():
        _scan_block_for_locals(b, stack)
    while stack:
        b = stack.pop()
        b.visited = False
        _scan_block_for_locals(b, stack)


def mark_warm(g):
    for b in g.blocks:
        b.visited = False
    stack = [g.entry]
    g.entry.visited = True
    while stack:
        b = stack.pop()
        b.warm = True
        nxt = b.next
        if nxt is not None and b.has_fallthrough() and not nxt.visited:
            stack.append(nxt)
            nxt.visited = True
        for ins in b.instrs:
            if ins.op in JUMPS and not ins.target.visited:
                stack.append(ins.target)
                ins.target.visited = True


def mark_cold(g):
    mark_warm(g)
    for b in g.blocks:
        b.visited = False
    stack = []
    for b in g.iter_blocks():
        if b.except_handler:
            stack.append(b)
            b.visited = True
    while stack:
        b = stack.pop()
        b.cold = True
        nxt = b.next
        if nxt is not None and b.has_fallthrough():
            if not nxt.warm and not nxt.visited:
                stack.append(nxt)
                nxt.visited = True
        for ins in b.instrs:
            if ins.op in JUMPS:
                target = ins.target
                if not target.warm and not target.visited:
                    stack.append(target)
                    target.visited = True


def _label_id(block):
    return -1 if block.label is NO_LABEL else block.label


def push_cold_blocks_to_end(g):
    if g.entry.next is None:
        return
    mark_cold(g)
    for b in list(g.iter_blocks()):
        if b.cold and b.has_fallthrough() and b.next is not None and b.next.warm:
            explicit_jump = g.new_block()
            explicit_jump.instrs.append(Instr(op.JUMP, _label_id(b.next), NO_LOCATION, b.next))
            explicit_jump.cold = True
            explicit_jump.next = b.next
            b.next = explicit_jump
    cold_blocks = None
    cold_tail = None
    b = g.entry
    while b.next is not None:
        while b.next is not None and not b.next.cold:
            b = b.next
        if b.next is None:
            break
        b_end = b.next
        while b_end.next is not None and b_end.next.cold:
            b_end = b_end.next
        if cold_blocks is None:
            cold_blocks = b.next
        else:
            cold_tail.next = b.next
        cold_tail = b_end
        b.next = b_end.next
        b_end.next = None
    b.next = cold_blocks
    if cold_blocks is not None:
        remove_redundant_jumps(g)


def is_exit_without_lineno(b):
    if not b.exits_scope():
        return False
    for ins in b.instrs:
        if ins.loc[0] >= 0:
            return False
    return True


def duplicate_exits_without_lineno(g):
    for b in list(g.iter_blocks()):
        last = b.last()
        if last is not None and last.op in JUMPS:
            target = last.target
            if is_exit_without_lineno(target) and target.predecessors > 1:
                new_target = g.new_block()
                new_target.instrs = [ins.copy() for ins in target.instrs]
                new_target.instrs[0].loc = last.loc
                last.target = new_target
                target.predecessors -= 1
                new_target.predecessors = 1
                new_target.next = target.next
                g.max_label += 1
                new_target.label = g.max_label
                target.next = new_target
    for b in g.iter_blocks():
        if b.has_fallthrough() and b.next is not None and b.instrs:
            if is_exit_without_lineno(b.next):
                b.next.instrs[0].loc = b.instrs[-1].loc


def propagate_line_numbers(g):
    for b in g.iter_blocks():
        last = b.last()
        if last is None:
            continue
        prev_location = NO_LOCATION
        for ins in b.instrs:
            if ins.loc[0] < 0:
                ins.loc = prev_location
            else:
                prev_location = ins.loc
        if b.has_fallthrough() and b.next is not None and b.next.predecessors == 1:
            if b.next.instrs and b.next.instrs[0].loc[0] < 0:
                b.next.instrs[0].loc = prev_location
        if last.op in JUMPS:
            target = last.target
            if target.predecessors == 1:
                if target.instrs[0].loc[0] < 0:
                    target.instrs[0].loc = prev_location


def guarantee_lineno_for_exits(g, firstlineno):
    lineno = firstlineno
    for b in g.iter_blocks():
        last = b.last()
        if last is None:
            continue
        if last.loc[0] < 0:
            if last.op == op.RETURN_VALUE:
                for ins in b.instrs:
                    ins.loc = (lineno, ins.loc[1], ins.loc[2], ins.loc[3])
        else:
            lineno = last.loc[0]


def resolve_line_numbers(g, firstlineno):
    duplicate_exits_without_lineno(g)
    propagate_line_numbers(g)
    guarantee_lineno_for_exits(g, firstlineno)


def optimize_code_unit(g, consts, const_cache, nlocals, nparams, firstlineno, merge=None):
    """All of CPython's _PyCfg_OptimizeCodeUnit; returns the new constants list.

    merge(value) returns the compiler-wide shared object for a new constant."""
    merge = merge or (lambda v: v)
    translate_jump_labels_to_targets(g)
    mark_except_handlers(g)
    label_exception_targets(g)
    optimize_cfg(g, consts, const_cache, merge)
    consts = remove_unused_consts(g, consts)
    add_checks_for_loads_of_uninitialized_variables(g, nlocals, nparams)
    push_cold_blocks_to_end(g)
    resolve_line_numbers(g, firstlineno)
    return consts


# -- stack depth and lowering --------------------------------------------------------

_EFFECT_CACHE = {}


def stack_effect(ins, jump):
    key = (ins.op, ins.arg, jump)
    effect = _EFFECT_CACHE.get(key)
    if effect is None:
        effect = _EFFECT_CACHE[key] = op.BY_NUMBER[ins.op].stack_effect(ins.arg, jump)
    return effect


def stackdepth(g, code_flags):
    for b in g.blocks:
        b.startdepth = -(1 << 30)
    maxdepth = 0
    stack = []

    def push(b, depth):
        if not (b.startdepth < 0 or b.startdepth == depth):
            raise SystemError("Invalid CFG, inconsistent stackdepth")
        if b.startdepth < depth and b.startdepth < 100:
            b.startdepth = depth
            stack.append(b)

    gen = op.CO_GENERATOR | op.CO_COROUTINE | op.CO_ASYNC_GENERATOR
    push(g.entry, 1 if code_flags & gen else 0)
    while stack:
        b = stack.pop()
        depth = b.startdepth
        nxt = b.next
        for ins in b.instrs:
            effect = stack_effect(ins, False)
            new_depth = depth + effect
            if new_depth < 0:
                raise SystemError("Invalid CFG, stack underflow")
            maxdepth = max(maxdepth, new_depth)
            if ins.op in HAS_TARGET:
                target_depth = depth + stack_effect(ins, True)
                maxdepth = max(maxdepth, target_depth)
                push(ins.target, target_depth)
            depth = new_depth
            if ins.op in UNCONDITIONAL_JUMPS or ins.op in SCOPE_EXITS:
                nxt = None
                break
        if nxt is not None:
            push(nxt, depth)
    return maxdepth


def convert_pseudo_ops(g):
    for b in g.iter_blocks():
        for ins in b.instrs:
            if ins.op in BLOCK_PUSH or ins.op == op.POP_BLOCK:
                ins.op = op.NOP
                ins.arg = 0
                ins.target = None
            elif ins.op == op.STORE_FAST_MAYBE_NULL:
                ins.op = op.STORE_FAST
    for b in g.iter_blocks():
        remove_redundant_nops(b)


def normalize_jumps(g):
    for b in g.blocks:
        b.visited = False
    b = g.entry
    while b is not None:
        b.visited = True
        last = b.last()
        if last is not None and last.op in JUMPS:
            is_forward = not last.target.visited
            if last.op == op.JUMP:
                last.op = op.JUMP_FORWARD if is_forward else op.JUMP_BACKWARD
            elif last.op == op.JUMP_NO_INTERRUPT:
                last.op = op.JUMP_FORWARD if is_forward else op.JUMP_BACKWARD_NO_INTERRUPT
            elif last.op in CONDITIONAL_JUMPS and not is_forward:
                reversed_op = {op.POP_JUMP_IF_NOT_NONE: op.POP_JUMP_IF_NONE,
                               op.POP_JUMP_IF_NONE: op.POP_JUMP_IF_NOT_NONE,
                               op.POP_JUMP_IF_FALSE: op.POP_JUMP_IF_TRUE,
                               op.POP_JUMP_IF_TRUE: op.POP_JUMP_IF_FALSE}[last.op]
                target = last.target
                backwards_jump = g.new_block()
                backwards_jump.instrs.append(Instr(op.JUMP_BACKWARD, _label_id(target),
                                                   last.loc, target))
                backwards_jump.visited = True
                last.op = reversed_op
                last.target = b.next
                backwards_jump.cold = b.cold
                backwards_jump.next = b.next
                b.next = backwards_jump
                b = backwards_jump
        b = b.next


CACHES = [0] * 512
for _ins in op.INSTRUCTIONS:
    CACHES[_ins.number] = _ins.caches


def instr_size(ins):
    arg = ins.arg
    if arg <= 0xFF:
        return 1 + CACHES[ins.op]
    if arg <= 0xFFFF:
        return 2 + CACHES[ins.op]
    if arg <= 0xFFFFFF:
        return 3 + CACHES[ins.op]
    return 4 + CACHES[ins.op]


def resolve_jump_offsets(g):
    while True:
        totsize = 0
        for b in g.iter_blocks():
            b.offset = totsize
            totsize += sum(instr_size(ins) for ins in b.instrs)
        recompile = False
        for b in g.iter_blocks():
            bsize = b.offset
            for ins in b.instrs:
                isize = instr_size(ins)
                bsize += isize
                if ins.op in JUMPS:
                    target_offset = ins.target.offset
                    if target_offset < bsize:
                        ins.arg = bsize - target_offset
                    else:
                        ins.arg = target_offset - bsize
                    if instr_size(ins) != isize:
                        recompile = True
        if not recompile:
            break
