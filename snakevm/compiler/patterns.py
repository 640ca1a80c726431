"""Code generation for the ``match`` statement (PEP 634), as CPython 3.12 does it.

Each case's pattern is compiled into a sequence of tests that leave the
captured values on the stack; on failure control jumps to one of the
"fail_pop" labels, which pop exactly as many values as were pushed so far.
"""

import ast

from snakevm import opcodes as op
from snakevm.compiler.unit import NO_LOCATION
from snakevm.compiler.codegen_common import LOC, PatternContext, wildcard_check, wildcard_star_check


def compile_match(c, s):
    pc = PatternContext()
    c.visit_expr(s.subject)
    end = c.new_label()
    cases = len(s.cases)
    m = s.cases[-1]
    has_default = wildcard_check(m.pattern) and 1 < cases
    for i in range(cases - has_default):
        m = s.cases[i]
        ploc = LOC(m.pattern)
        if i != cases - has_default - 1:
            c.addop_i(op.COPY, 1, ploc)
        pc.stores = []
        pc.allow_irrefutable = m.guard is not None or i == cases - 1
        pc.fail_pop = []
        pc.on_top = 0
        compile_pattern(c, m.pattern, pc)
        for name in pc.stores:
            c.nameop(name, ast.Store, ploc)
        if m.guard is not None:
            ensure_fail_pop(c, pc, 0)
            c.jump_if(ploc, m.guard, pc.fail_pop[0], False)
        if i != cases - has_default - 1:
            c.addop(op.POP_TOP, ploc)
        c.visit_stmts(m.body)
        c.addop_j(op.JUMP, end, NO_LOCATION)
        emit_and_reset_fail_pop(c, ploc, pc)
    if has_default:
        m = s.cases[-1]
        ploc = LOC(m.pattern)
        if cases == 1:
            c.addop(op.POP_TOP, ploc)
        else:
            c.addop(op.NOP, ploc)
        if m.guard is not None:
            c.jump_if(ploc, m.guard, end, False)
        c.visit_stmts(m.body)
    c.use_label(end)


def ensure_fail_pop(c, pc, n):
    while len(pc.fail_pop) < n + 1:
        pc.fail_pop.append(c.new_label())


def jump_to_fail_pop(c, loc, pc, opcode):
    pops = pc.on_top + len(pc.stores)
    ensure_fail_pop(c, pc, pops)
    c.addop_j(opcode, pc.fail_pop[pops], loc)


def emit_and_reset_fail_pop(c, loc, pc):
    if not pc.fail_pop:
        return
    for label in reversed(pc.fail_pop[1:]):
        c.use_label(label)
        c.addop(op.POP_TOP, loc)
    c.use_label(pc.fail_pop[0])
    pc.fail_pop = []


def rotate(c, loc, count):
    while 1 < count:
        c.addop_i(op.SWAP, count, loc)
        count -= 1


def store_name(c, loc, name, pc):
    if name is None:
        c.addop(op.POP_TOP, loc)
        return
    c.forbidden_name(name, ast.Store, loc)
    if name in pc.stores:
        c.error(loc, "multiple assignments to name %r in pattern" % name)
    rotate(c, loc, pc.on_top + len(pc.stores) + 1)
    pc.stores.append(name)


def unpack_helper(c, loc, elts):
    n = len(elts)
    seen_star = False
    for i, elt in enumerate(elts):
        if isinstance(elt, ast.MatchStar) and not seen_star:
            if i >= (1 << 8) or n - i - 1 >= (0x7FFFFFFF >> 8):
                c.error(loc, "too many expressions in star-unpacking sequence pattern")
            c.addop_i(op.UNPACK_EX, i + ((n - i - 1) << 8), loc)
            seen_star = True
        elif isinstance(elt, ast.MatchStar):
            c.error(loc, "multiple starred expressions in sequence pattern")
    if not seen_star:
        c.addop_i(op.UNPACK_SEQUENCE, n, loc)


def sequence_unpack(c, loc, patterns, star, pc):
    unpack_helper(c, loc, patterns)
    size = len(patterns)
    pc.on_top += size
    for pattern in patterns:
        pc.on_top -= 1
        subpattern(c, pattern, pc)


def sequence_subscr(c, loc, patterns, star, pc):
    pc.on_top += 1
    size = len(patterns)
    for i, pattern in enumerate(patterns):
        if wildcard_check(pattern):
            continue
        if i == star:
            continue
        c.addop_i(op.COPY, 1, loc)
        if i < star:
            c.load_const(i, loc)
        else:
            c.addop(op.GET_LEN, loc)
            c.load_const(size - i, loc)
            c.addop_i(op.BINARY_OP, 10, loc)
        c.addop(op.BINARY_SUBSCR, loc)
        subpattern(c, pattern, pc)
    pc.on_top -= 1
    c.addop(op.POP_TOP, loc)


def subpattern(c, p, pc):
    allow = pc.allow_irrefutable
    pc.allow_irrefutable = True
    compile_pattern(c, p, pc)
    pc.allow_irrefutable = allow


def compile_pattern(c, p, pc):
    globals()["pattern_" + type(p).__name__](c, p, pc)


def pattern_MatchAs(c, p, pc):
    loc = LOC(p)
    if p.pattern is None:
        if not pc.allow_irrefutable:
            if p.name:
                c.error(loc, "name capture %r makes remaining patterns unreachable" % p.name)
            c.error(loc, "wildcard makes remaining patterns unreachable")
        store_name(c, loc, p.name, pc)
        return
    pc.on_top += 1
    c.addop_i(op.COPY, 1, loc)
    compile_pattern(c, p.pattern, pc)
    pc.on_top -= 1
    store_name(c, loc, p.name, pc)


def pattern_MatchStar(c, p, pc):
    store_name(c, LOC(p), p.name, pc)


def pattern_MatchClass(c, p, pc):
    loc = LOC(p)
    patterns = p.patterns
    kwd_attrs = p.kwd_attrs
    kwd_patterns = p.kwd_patterns
    nargs = len(patterns)
    nattrs = len(kwd_attrs)
    for i, attr in enumerate(kwd_attrs):
        c.forbidden_name(attr, ast.Store, LOC(kwd_patterns[i]))
        for j in range(i + 1, nattrs):
            if kwd_attrs[j] == attr:
                c.error(LOC(kwd_patterns[j]),
                        "attribute name repeated in class pattern: %s" % attr)
    c.visit_expr(p.cls)
    c.load_const(tuple(kwd_attrs), loc)
    c.addop_i(op.MATCH_CLASS, nargs, loc)
    c.addop_i(op.COPY, 1, loc)
    c.load_const(None, loc)
    c.addop_i(op.IS_OP, 1, loc)
    pc.on_top += 1
    jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    c.addop_i(op.UNPACK_SEQUENCE, nargs + nattrs, loc)
    pc.on_top += nargs + nattrs - 1
    for pattern in list(patterns) + list(kwd_patterns):
        pc.on_top -= 1
        if wildcard_check(pattern):
            c.addop(op.POP_TOP, loc)
            continue
        subpattern(c, pattern, pc)


def pattern_MatchMapping(c, p, pc):
    loc = LOC(p)
    keys = p.keys
    patterns = p.patterns
    size = len(keys)
    star_target = p.rest
    pc.on_top += 1
    c.addop(op.MATCH_MAPPING, loc)
    jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    if not size and not star_target:
        pc.on_top -= 1
        c.addop(op.POP_TOP, loc)
        return
    if size:
        c.addop(op.GET_LEN, loc)
        c.load_const(size, loc)
        c.addop_i(op.COMPARE_OP, (5 << 4) | 12, loc)
        jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    seen = set()
    from snakevm.compiler.unit import const_key
    for key in keys:
        if isinstance(key, ast.Constant):
            k = const_key(key.value)
            try:
                dup = key.value in {s[1] for s in seen}
            except TypeError:
                dup = False
            if dup:
                c.error(loc, "mapping pattern checks duplicate key (%r)" % (key.value,))
            seen.add((k, key.value))
        elif not isinstance(key, ast.Attribute):
            c.error(loc, "mapping pattern keys may only match literals and attribute lookups")
        c.visit_expr(key)
    c.addop_i(op.BUILD_TUPLE, size, loc)
    c.addop(op.MATCH_KEYS, loc)
    pc.on_top += 2
    c.addop_i(op.COPY, 1, loc)
    c.load_const(None, loc)
    c.addop_i(op.IS_OP, 1, loc)
    jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    c.addop_i(op.UNPACK_SEQUENCE, size, loc)
    pc.on_top += size - 1
    for pattern in patterns:
        pc.on_top -= 1
        subpattern(c, pattern, pc)
    pc.on_top -= 2
    if star_target:
        c.addop_i(op.BUILD_MAP, 0, loc)
        c.addop_i(op.SWAP, 3, loc)
        c.addop_i(op.DICT_UPDATE, 2, loc)
        c.addop_i(op.UNPACK_SEQUENCE, size, loc)
        while size:
            c.addop_i(op.COPY, 1 + size, loc)
            size -= 1
            c.addop_i(op.SWAP, 2, loc)
            c.addop(op.DELETE_SUBSCR, loc)
        store_name(c, loc, star_target, pc)
    else:
        c.addop(op.POP_TOP, loc)
        c.addop(op.POP_TOP, loc)


def pattern_MatchOr(c, p, pc):
    loc = LOC(p)
    end = c.new_label()
    size = len(p.patterns)
    old_stores, old_allow, old_fail_pop, old_on_top = (pc.stores, pc.allow_irrefutable,
                                                       pc.fail_pop, pc.on_top)
    control = None
    for i, alt in enumerate(p.patterns):
        pc.stores = []
        pc.allow_irrefutable = (i == size - 1) and old_allow
        pc.fail_pop = []
        pc.on_top = 0
        c.addop_i(op.COPY, 1, LOC(alt))
        compile_pattern(c, alt, pc)
        nstores = len(pc.stores)
        if i == 0:
            control = pc.stores
        elif nstores != len(control):
            c.error(loc, "alternative patterns bind different names")
        elif nstores:
            icontrol = nstores
            while icontrol:
                icontrol -= 1
                name = control[icontrol]
                if name not in pc.stores:
                    c.error(loc, "alternative patterns bind different names")
                istores = pc.stores.index(name)
                if icontrol != istores:
                    rotations = istores + 1
                    rotated = pc.stores[:rotations]
                    del pc.stores[:rotations]
                    pc.stores[icontrol - istores:icontrol - istores] = rotated
                    for _ in range(rotations):
                        rotate(c, LOC(alt), icontrol + 1)
        c.addop_j(op.JUMP, end, LOC(alt))
        emit_and_reset_fail_pop(c, LOC(alt), pc)
    pc.stores, pc.allow_irrefutable, pc.fail_pop, pc.on_top = (old_stores, old_allow,
                                                               old_fail_pop, old_on_top)
    c.addop(op.POP_TOP, loc)
    jump_to_fail_pop(c, loc, pc, op.JUMP)
    c.use_label(end)
    nstores = len(control)
    nrots = nstores + 1 + pc.on_top + len(pc.stores)
    for i in range(nstores):
        rotate(c, loc, nrots)
        name = control[i]
        if name in pc.stores:
            c.error(loc, "multiple assignments to name %r in pattern" % name)
        pc.stores.append(name)
    c.addop(op.POP_TOP, loc)


def pattern_MatchSequence(c, p, pc):
    loc = LOC(p)
    patterns = p.patterns
    size = len(patterns)
    star = -1
    only_wildcard = True
    star_wildcard = False
    for i, pattern in enumerate(patterns):
        if isinstance(pattern, ast.MatchStar):
            if star >= 0:
                c.error(loc, "multiple starred names in sequence pattern")
            star_wildcard = wildcard_star_check(pattern)
            only_wildcard = only_wildcard and star_wildcard
            star = i
            continue
        only_wildcard = only_wildcard and wildcard_check(pattern)
    pc.on_top += 1
    c.addop(op.MATCH_SEQUENCE, loc)
    jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    if star < 0:
        c.addop(op.GET_LEN, loc)
        c.load_const(size, loc)
        c.addop_i(op.COMPARE_OP, (2 << 4) | 8, loc)
        jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    elif size > 1:
        c.addop(op.GET_LEN, loc)
        c.load_const(size - 1, loc)
        c.addop_i(op.COMPARE_OP, (5 << 4) | 12, loc)
        jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
    pc.on_top -= 1
    if only_wildcard:
        c.addop(op.POP_TOP, loc)
    elif star_wildcard:
        sequence_subscr(c, loc, patterns, star, pc)
    else:
        sequence_unpack(c, loc, patterns, star, pc)


def pattern_MatchValue(c, p, pc):
    loc = LOC(p)
    value = p.value
    if not isinstance(value, (ast.Constant, ast.Attribute)):
        c.error(loc, "patterns may only match literals and attribute lookups")
    c.visit_expr(value)
    c.addop_i(op.COMPARE_OP, (2 << 4) | 8, loc)
    jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)


def pattern_MatchSingleton(c, p, pc):
    loc = LOC(p)
    c.load_const(p.value, loc)
    c.addop_i(op.IS_OP, 0, loc)
    jump_to_fail_pop(c, loc, pc, op.POP_JUMP_IF_FALSE)
