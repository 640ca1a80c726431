"""Code generation for comprehensions and generator expressions.

List/set/dict comprehensions are inlined into the enclosing code object
(PEP 709): the iteration variables are saved with LOAD_FAST_AND_CLEAR, the
loop runs in place, and the saved values are restored afterwards (also on
exceptions).  Generator expressions, and comprehensions the symbol table did
not inline, get their own code object called with the outermost iterator.
"""

import ast

from snakevm import opcodes as op
from snakevm.compiler import symtable as st
from snakevm.compiler.unit import NO_LOCATION, SCOPE_ASYNC_FUNCTION, SCOPE_COMPREHENSION
from snakevm.compiler.codegen_common import LOC


class InlinedState:
    def __init__(self):
        self.pushed_locals = None
        self.temp_symbols = None
        self.fast_hidden = None
        self.cleanup = None
        self.end = None


def push_inlined_state(c, loc, entry, state):
    u = c.u
    in_class_block = u.ste.type == st.ClassBlock and not u.in_inlined_comp
    u.in_inlined_comp += 1
    for k, symbol in list(entry.symbols.items()):
        scope = (symbol >> st.SCOPE_OFFSET) & st.SCOPE_MASK
        outv = u.ste.symbols.get(k, 0)
        outsc = (outv >> st.SCOPE_OFFSET) & st.SCOPE_MASK
        if (symbol & st.DEF_LOCAL and not symbol & st.DEF_NONLOCAL) or in_class_block:
            if state.pushed_locals is None:
                state.pushed_locals = []
            c.addop_i(op.LOAD_FAST_AND_CLEAR, u.add_to(u.varnames, k), loc)
            if scope == st.CELL:
                # a fresh cell for the comprehension's variable; the old one (or NULL)
                # was pushed by LOAD_FAST_AND_CLEAR and is restored afterwards
                if outsc == st.FREE:
                    c.addop_i(op.MAKE_CELL, u.freevars[k], loc)
                else:
                    c.addop_i(op.MAKE_CELL, u.add_to(u.cellvars, k), loc)
            state.pushed_locals.append(k)
        if ((scope != outsc and scope != st.FREE and not (scope == st.CELL and outsc == st.FREE)
                and not (scope == st.GLOBAL_IMPLICIT and u.ste.type == st.ModuleBlock))
                or (in_class_block and scope == st.FREE)):     # class names stay invisible
            if state.temp_symbols is None:
                state.temp_symbols = {}
            state.temp_symbols[k] = outv
            u.ste.symbols[k] = symbol
        if (symbol & st.DEF_LOCAL and not symbol & st.DEF_NONLOCAL) or in_class_block:
            if not u.ste.is_function_like:
                if u.fasthidden.get(k) is not True:
                    u.fasthidden[k] = True
                    if state.fast_hidden is None:
                        state.fast_hidden = []
                    state.fast_hidden.append(k)
    if state.pushed_locals:
        c.addop_i(op.SWAP, len(state.pushed_locals) + 1, loc)
        state.cleanup = c.new_label()
        state.end = c.new_label()
        c.addop_j(op.SETUP_FINALLY, state.cleanup, loc)


def pop_inlined_locals(c, loc, state):
    if state.pushed_locals:
        n = len(state.pushed_locals)
        c.addop_i(op.SWAP, n + 1, loc)
        u = c.u
        for k in reversed(state.pushed_locals):
            c.addop_i(op.STORE_FAST_MAYBE_NULL, u.add_to(u.varnames, k), loc)


def pop_inlined_state(c, loc, state):
    u = c.u
    u.in_inlined_comp -= 1
    if state.temp_symbols:
        for k, v in state.temp_symbols.items():
            u.ste.symbols[k] = v
    if state.pushed_locals:
        c.addop(op.POP_BLOCK, NO_LOCATION)
        c.addop_j(op.JUMP, state.end, NO_LOCATION)
        c.use_label(state.cleanup)
        c.addop_i(op.SWAP, 2, NO_LOCATION)
        c.addop(op.POP_TOP, NO_LOCATION)
        pop_inlined_locals(c, loc, state)
        c.addop_i(op.RERAISE, 0, NO_LOCATION)
        c.use_label(state.end)
        pop_inlined_locals(c, loc, state)
    if state.fast_hidden:
        for k in state.fast_hidden:
            u.fasthidden[k] = False


def compile_comprehension(c, e, kind, name, generators, elt, val):
    scope_type = c.u.scope_type
    is_top_level_await = c.is_top_level_await()
    entry = c.st.by_node[id(e)]
    is_inlined = entry.comp_inlined
    is_async_generator = entry.coroutine
    loc = LOC(e)
    outermost = generators[0]
    state = InlinedState()
    if is_inlined:
        c.visit_expr(outermost.iter)
        c.addop(op.GET_AITER if outermost.is_async else op.GET_ITER, loc)
        push_inlined_state(c, loc, entry, state)
    else:
        c.enter_scope(name, SCOPE_COMPREHENSION, e, e.lineno)
    if (is_async_generator and kind != "genexpr"
            and scope_type not in (SCOPE_ASYNC_FUNCTION, SCOPE_COMPREHENSION)
            and not is_top_level_await):
        c.error(loc, "asynchronous comprehension outside of an asynchronous function")
    if kind != "genexpr":
        build = {"list": op.BUILD_LIST, "set": op.BUILD_SET, "dict": op.BUILD_MAP}[kind]
        c.addop_i(build, 0, loc)
        if is_inlined:
            c.addop_i(op.SWAP, 2, loc)
    comprehension_generator(c, loc, generators, 0, 0, elt, val, kind, is_inlined)
    if is_inlined:
        pop_inlined_state(c, loc, state)
        return
    if kind != "genexpr":
        c.addop(op.RETURN_VALUE, LOC(e))
    if kind == "genexpr":
        c.wrap_in_stopiteration_handler()
    co = c.optimize_and_assemble(True)
    c.exit_scope()
    if is_top_level_await and is_async_generator:
        c.u.ste.coroutine = True
    c.make_closure(loc, co, 0)
    c.visit_expr(outermost.iter)
    c.addop(op.GET_AITER if outermost.is_async else op.GET_ITER, loc)
    c.addop_i(op.CALL, 0, loc)
    if is_async_generator and kind != "genexpr":
        c.addop_i(op.GET_AWAITABLE, 0, loc)
        c.load_const(None, loc)
        c.add_yield_from(loc, True)


def comprehension_generator(c, loc, generators, gen_index, depth, elt, val, kind,
                            iter_on_stack):
    if generators[gen_index].is_async:
        async_generator(c, loc, generators, gen_index, depth, elt, val, kind, iter_on_stack)
    else:
        sync_generator(c, loc, generators, gen_index, depth, elt, val, kind, iter_on_stack)


def _emit_element(c, kind, elt, val, depth):
    elt_loc = LOC(elt)
    if kind == "genexpr":
        c.visit_expr(elt)
        c.addop_yield(elt_loc)
        c.addop(op.POP_TOP, elt_loc)
    elif kind == "list":
        c.visit_expr(elt)
        c.addop_i(op.LIST_APPEND, depth + 1, elt_loc)
    elif kind == "set":
        c.visit_expr(elt)
        c.addop_i(op.SET_ADD, depth + 1, elt_loc)
    else:
        c.visit_expr(elt)
        c.visit_expr(val)
        elt_loc = (elt.lineno, val.end_lineno, elt.col_offset, val.end_col_offset)
        c.addop_i(op.MAP_ADD, depth + 1, elt_loc)
    return elt_loc


def sync_generator(c, loc, generators, gen_index, depth, elt, val, kind, iter_on_stack):
    start = c.new_label()
    if_cleanup = c.new_label()
    anchor = c.new_label()
    gen = generators[gen_index]
    if not iter_on_stack:
        if gen_index == 0:
            c.u.argcount = 1
            c.addop_i(op.LOAD_FAST, 0, loc)
        else:
            elts = None
            if isinstance(gen.iter, (ast.List, ast.Tuple)):
                elts = gen.iter.elts
            if elts is not None and len(elts) == 1 and not isinstance(elts[0], ast.Starred):
                c.visit_expr(elts[0])
                start = None
            if start is not None:
                c.visit_expr(gen.iter)
                c.addop(op.GET_ITER, loc)
    if start is not None:
        depth += 1
        c.use_label(start)
        c.addop_j(op.FOR_ITER, anchor, loc)
    c.visit_expr(gen.target)
    for cond in gen.ifs:
        c.jump_if(loc, cond, if_cleanup, False)
    gen_index += 1
    if gen_index < len(generators):
        comprehension_generator(c, loc, generators, gen_index, depth, elt, val, kind, False)
    elt_loc = LOC(elt)
    if gen_index >= len(generators):
        elt_loc = _emit_element(c, kind, elt, val, depth)
    c.use_label(if_cleanup)
    if start is not None:
        c.addop_j(op.JUMP, start, elt_loc)
        c.use_label(anchor)
        c.addop(op.END_FOR, NO_LOCATION)


def async_generator(c, loc, generators, gen_index, depth, elt, val, kind, iter_on_stack):
    from snakevm.compiler.codegen_common import ASYNC_COMPREHENSION_GENERATOR
    start = c.new_label()
    except_ = c.new_label()
    if_cleanup = c.new_label()
    gen = generators[gen_index]
    if not iter_on_stack:
        if gen_index == 0:
            c.u.argcount = 1
            c.addop_i(op.LOAD_FAST, 0, loc)
        else:
            c.visit_expr(gen.iter)
            c.addop(op.GET_AITER, loc)
    c.use_label(start)
    c.push_fblock(loc, ASYNC_COMPREHENSION_GENERATOR, start)
    c.addop_j(op.SETUP_FINALLY, except_, loc)
    c.addop(op.GET_ANEXT, loc)
    c.load_const(None, loc)
    c.add_yield_from(loc, True)
    c.addop(op.POP_BLOCK, loc)
    c.visit_expr(gen.target)
    for cond in gen.ifs:
        c.jump_if(loc, cond, if_cleanup, False)
    depth += 1
    gen_index += 1
    if gen_index < len(generators):
        comprehension_generator(c, loc, generators, gen_index, depth, elt, val, kind, False)
    elt_loc = LOC(elt)
    if gen_index >= len(generators):
        elt_loc = _emit_element(c, kind, elt, val, depth)
    c.use_label(if_cleanup)
    c.addop_j(op.JUMP, start, elt_loc)
    c.pop_fblock(ASYNC_COMPREHENSION_GENERATOR, start)
    c.use_label(except_)
    c.addop(op.END_ASYNC_FOR, loc)
