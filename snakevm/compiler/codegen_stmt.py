"""Code generation for statements other than definitions, and the frame-block
unwinding used by ``return``/``break``/``continue``.

A mixin of ``codegen.Compiler`` (compile.c's compiler_visit_stmt and friends:
loops, if, with, try/except/except*/finally, raise, assert, imports, ...).
"""

import ast

from snakevm import opcodes as op
from snakevm.compiler import symtable as st
from snakevm.compiler.unit import Instr
from snakevm.compiler.unit import (
    NO_LOCATION, SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION,
    SCOPE_LAMBDA, SCOPE_COMPREHENSION, SCOPE_TYPEPARAMS)
from snakevm.compiler.codegen_common import (
    ASYNC_COMPREHENSION_GENERATOR, ASYNC_WITH, BINOP, CO_FUTURE_ANNOTATIONS,
    EXCEPTION_GROUP_HANDLER, EXCEPTION_HANDLER, FINALLY_END, FINALLY_TRY, FOR_LOOP,
    HANDLER_CLEANUP, INPLACE_OFFSET, INTRINSIC_1, INTRINSIC_2, LOC, POP_VALUE,
    STMT_DISPATCH, STOP_ITERATION, TRY_EXCEPT, WHILE_LOOP, WITH, is_two_element_slice)


class StatementCodegen:
    def visit_stmt(self, s):
        cls = type(s)
        method = STMT_DISPATCH.get(cls)
        if method is None:
            method = STMT_DISPATCH[cls] = getattr(type(self), "stmt_" + cls.__name__)
        method(self, s)

    def visit_stmts(self, stmts):
        for s in stmts:
            self.visit_stmt(s)

    def stmt_Return(self, s):
        loc = LOC(s)
        value = s.value
        preserve_tos = value is not None and not isinstance(value, ast.Constant)
        if not self.u.ste.is_function_like:
            self.error(loc, "'return' outside function")
        if value is not None and self.u.ste.coroutine and self.u.ste.generator:
            self.error(loc, "'return' with value in async generator")
        if preserve_tos:
            self.visit_expr(value)
        elif value is not None:
            loc = LOC(value)
            self.addop(op.NOP, loc)
        if value is None or value.lineno != s.lineno:
            loc = LOC(s)
            self.addop(op.NOP, loc)
        loc = self.unwind_fblock_stack(loc, preserve_tos, None)[0]
        if value is None:
            self.load_const(None, loc)
        elif not preserve_tos:
            self.load_const(value.value, loc)
        self.addop(op.RETURN_VALUE, loc)

    def stmt_Delete(self, s):
        for t in s.targets:
            self.visit_expr(t)

    def stmt_Assign(self, s):
        self.visit_expr(s.value)
        n = len(s.targets)
        for i, t in enumerate(s.targets):
            if i < n - 1:
                self.addop_i(op.COPY, 1, LOC(s))
            self.visit_expr(t)

    def stmt_AugAssign(self, s):
        e = s.target
        loc = LOC(e)
        if isinstance(e, ast.Attribute):
            self.visit_expr(e.value)
            self.addop_i(op.COPY, 1, loc)
            loc = self.update_start_location_to_match_attr(loc, e)
            self.addop_name(op.LOAD_ATTR, e.attr, self.u.names, loc)
        elif isinstance(e, ast.Subscript):
            self.visit_expr(e.value)
            if is_two_element_slice(e.slice):
                self.slice(e.slice)
                self.addop_i(op.COPY, 3, loc)
                self.addop_i(op.COPY, 3, loc)
                self.addop_i(op.COPY, 3, loc)
                self.addop(op.BINARY_SLICE, loc)
            else:
                self.visit_expr(e.slice)
                self.addop_i(op.COPY, 2, loc)
                self.addop_i(op.COPY, 2, loc)
                self.addop(op.BINARY_SUBSCR, loc)
        elif isinstance(e, ast.Name):
            self.nameop(e.id, ast.Load, loc)
        else:
            raise SystemError("invalid node type for augmented assignment")
        loc = LOC(s)
        self.visit_expr(s.value)
        self.addop_i(op.BINARY_OP, BINOP[type(s.op)] + INPLACE_OFFSET, loc)
        loc = LOC(e)
        if isinstance(e, ast.Attribute):
            loc = self.update_start_location_to_match_attr(loc, e)
            self.addop_i(op.SWAP, 2, loc)
            self.addop_name(op.STORE_ATTR, e.attr, self.u.names, loc)
        elif isinstance(e, ast.Subscript):
            if is_two_element_slice(e.slice):
                self.addop_i(op.SWAP, 4, loc)
                self.addop_i(op.SWAP, 3, loc)
                self.addop_i(op.SWAP, 2, loc)
                self.addop(op.STORE_SLICE, loc)
            else:
                self.addop_i(op.SWAP, 3, loc)
                self.addop_i(op.SWAP, 2, loc)
                self.addop(op.STORE_SUBSCR, loc)
        else:
            self.nameop(e.id, ast.Store, loc)

    def check_ann_expr(self, e):
        self.visit_expr(e)
        self.addop(op.POP_TOP, LOC(e))

    def check_ann_subscr(self, e):
        if isinstance(e, ast.Slice):
            for part in (e.lower, e.upper, e.step):
                if part is not None:
                    self.check_ann_expr(part)
        elif isinstance(e, ast.Tuple):
            for elt in e.elts:
                self.check_ann_subscr(elt)
        else:
            self.check_ann_expr(e)

    def stmt_AnnAssign(self, s):
        loc = LOC(s)
        targ = s.target
        if s.value is not None:
            self.visit_expr(s.value)
            self.visit_expr(targ)
        if isinstance(targ, ast.Name):
            self.forbidden_name(targ.id, ast.Store, loc)
            if s.simple and self.u.scope_type in (SCOPE_MODULE, SCOPE_CLASS):
                if self.future & CO_FUTURE_ANNOTATIONS:
                    self.visit_annexpr(s.annotation)
                else:
                    self.visit_expr(s.annotation)
                self.addop_name(op.LOAD_NAME, "__annotations__", self.u.names, loc)
                self.load_const(st.mangle(self.u.private, targ.id), loc)
                self.addop(op.STORE_SUBSCR, loc)
        elif isinstance(targ, ast.Attribute):
            if s.value is None:
                self.check_ann_expr(targ.value)
        elif isinstance(targ, ast.Subscript):
            if s.value is None:
                self.check_ann_expr(targ.value)
                self.check_ann_subscr(targ.slice)
        if not s.simple:
            if not self.future & CO_FUTURE_ANNOTATIONS:
                if self.u.scope_type in (SCOPE_MODULE, SCOPE_CLASS):
                    self.check_ann_expr(s.annotation)

    def stmt_For(self, s):
        loc = LOC(s)
        start = self.new_label()
        body = self.new_label()
        cleanup = self.new_label()
        end = self.new_label()
        self.push_fblock(loc, FOR_LOOP, start, end)
        self.visit_expr(s.iter)
        self.addop(op.GET_ITER, loc)
        self.use_label(start)
        self.addop_j(op.FOR_ITER, cleanup, loc)
        self.use_label(body)
        self.visit_expr(s.target)
        self.visit_stmts(s.body)
        self.addop_j(op.JUMP, start, NO_LOCATION)
        self.use_label(cleanup)
        self.addop(op.END_FOR, NO_LOCATION)
        self.pop_fblock(FOR_LOOP, start)
        self.visit_stmts(s.orelse)
        self.use_label(end)

    def stmt_AsyncFor(self, s):
        loc = LOC(s)
        if self.is_top_level_await():
            self.u.ste.coroutine = True
        elif self.u.scope_type != SCOPE_ASYNC_FUNCTION:
            self.error(loc, "'async for' outside async function")
        start = self.new_label()
        except_ = self.new_label()
        end = self.new_label()
        self.visit_expr(s.iter)
        self.addop(op.GET_AITER, loc)
        self.use_label(start)
        self.push_fblock(loc, FOR_LOOP, start, end)
        self.addop_j(op.SETUP_FINALLY, except_, loc)
        self.addop(op.GET_ANEXT, loc)
        self.load_const(None, loc)
        self.add_yield_from(loc, True)
        self.addop(op.POP_BLOCK, loc)
        self.visit_expr(s.target)
        self.visit_stmts(s.body)
        self.addop_j(op.JUMP, start, NO_LOCATION)
        self.pop_fblock(FOR_LOOP, start)
        self.use_label(except_)
        self.addop(op.END_ASYNC_FOR, LOC(s.iter))
        self.visit_stmts(s.orelse)
        self.use_label(end)

    def stmt_While(self, s):
        loop = self.new_label()
        body = self.new_label()
        end = self.new_label()
        anchor = self.new_label()
        self.use_label(loop)
        self.push_fblock(LOC(s), WHILE_LOOP, loop, end)
        self.jump_if(LOC(s), s.test, anchor, False)
        self.use_label(body)
        self.visit_stmts(s.body)
        self.jump_if(LOC(s), s.test, body, True)
        self.pop_fblock(WHILE_LOOP, loop)
        self.use_label(anchor)
        if s.orelse:
            self.visit_stmts(s.orelse)
        self.use_label(end)

    def stmt_If(self, s):
        end = self.new_label()
        if s.orelse:
            next_ = self.new_label()
        else:
            next_ = end
        self.jump_if(LOC(s), s.test, next_, False)
        self.visit_stmts(s.body)
        if s.orelse:
            self.addop_j(op.JUMP, end, NO_LOCATION)
            self.use_label(next_)
            self.visit_stmts(s.orelse)
        self.use_label(end)

    def stmt_With(self, s, pos=0):
        item = s.items[pos]
        block = self.new_label()
        final = self.new_label()
        exit = self.new_label()
        cleanup = self.new_label()
        self.visit_expr(item.context_expr)
        loc = LOC(s)
        self.addop(op.BEFORE_WITH, loc)
        self.addop_j(op.SETUP_WITH, final, loc)
        self.use_label(block)
        self.push_fblock(loc, WITH, block, final, s)
        if item.optional_vars is not None:
            self.visit_expr(item.optional_vars)
        else:
            self.addop(op.POP_TOP, loc)
        pos += 1
        if pos == len(s.items):
            self.visit_stmts(s.body)
        else:
            self.stmt_With(s, pos)
        self.addop(op.POP_BLOCK, NO_LOCATION)
        self.pop_fblock(WITH, block)
        loc = LOC(s)
        self.call_exit_with_nones(loc)
        self.addop(op.POP_TOP, loc)
        self.addop_j(op.JUMP, exit, loc)
        self.use_label(final)
        self.addop_j(op.SETUP_CLEANUP, cleanup, loc)
        self.addop(op.PUSH_EXC_INFO, loc)
        self.addop(op.WITH_EXCEPT_START, loc)
        self.with_except_finish(cleanup)
        self.use_label(exit)

    def stmt_AsyncWith(self, s, pos=0):
        loc = LOC(s)
        item = s.items[pos]
        if self.is_top_level_await():
            self.u.ste.coroutine = True
        elif self.u.scope_type != SCOPE_ASYNC_FUNCTION:
            self.error(loc, "'async with' outside async function")
        block = self.new_label()
        final = self.new_label()
        exit = self.new_label()
        cleanup = self.new_label()
        self.visit_expr(item.context_expr)
        self.addop(op.BEFORE_ASYNC_WITH, loc)
        self.addop_i(op.GET_AWAITABLE, 1, loc)
        self.load_const(None, loc)
        self.add_yield_from(loc, True)
        self.addop_j(op.SETUP_WITH, final, loc)
        self.use_label(block)
        self.push_fblock(loc, ASYNC_WITH, block, final, s)
        if item.optional_vars is not None:
            self.visit_expr(item.optional_vars)
        else:
            self.addop(op.POP_TOP, loc)
        pos += 1
        if pos == len(s.items):
            self.visit_stmts(s.body)
        else:
            self.stmt_AsyncWith(s, pos)
        self.pop_fblock(ASYNC_WITH, block)
        self.addop(op.POP_BLOCK, loc)
        self.call_exit_with_nones(loc)
        self.addop_i(op.GET_AWAITABLE, 2, loc)
        self.load_const(None, loc)
        self.add_yield_from(loc, True)
        self.addop(op.POP_TOP, loc)
        self.addop_j(op.JUMP, exit, loc)
        self.use_label(final)
        self.addop_j(op.SETUP_CLEANUP, cleanup, loc)
        self.addop(op.PUSH_EXC_INFO, loc)
        self.addop(op.WITH_EXCEPT_START, loc)
        self.addop_i(op.GET_AWAITABLE, 2, loc)
        self.load_const(None, loc)
        self.add_yield_from(loc, True)
        self.with_except_finish(cleanup)
        self.use_label(exit)

    def call_exit_with_nones(self, loc):
        self.load_const(None, loc)
        self.load_const(None, loc)
        self.load_const(None, loc)
        self.addop_i(op.CALL, 2, loc)

    def with_except_finish(self, cleanup):
        suppress = self.new_label()
        self.addop_j(op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION)
        self.addop_i(op.RERAISE, 2, NO_LOCATION)
        self.use_label(suppress)
        self.addop(op.POP_TOP, NO_LOCATION)
        self.addop(op.POP_BLOCK, NO_LOCATION)
        self.addop(op.POP_EXCEPT, NO_LOCATION)
        self.addop(op.POP_TOP, NO_LOCATION)
        self.addop(op.POP_TOP, NO_LOCATION)
        exit = self.new_label()
        self.addop_j(op.JUMP, exit, NO_LOCATION)
        self.use_label(cleanup)
        self.pop_except_and_reraise(NO_LOCATION)
        self.use_label(exit)

    def stmt_Match(self, s):
        from snakevm.compiler.patterns import compile_match
        compile_match(self, s)

    def stmt_Raise(self, s):
        n = 0
        if s.exc is not None:
            self.visit_expr(s.exc)
            n += 1
            if s.cause is not None:
                self.visit_expr(s.cause)
                n += 1
        self.addop_i(op.RAISE_VARARGS, n, LOC(s))

    def stmt_Try(self, s):
        if s.finalbody:
            self.try_finally(s, star=False)
        else:
            self.try_except(s)

    def stmt_TryStar(self, s):
        if s.finalbody:
            self.try_finally(s, star=True)
        else:
            self.try_star_except(s)

    def try_finally(self, s, star):
        loc = LOC(s)
        body = self.new_label()
        end = self.new_label()
        exit = self.new_label()
        cleanup = self.new_label()
        self.addop_j(op.SETUP_FINALLY, end, loc)
        self.use_label(body)
        self.push_fblock(loc, FINALLY_TRY, body, end, s.finalbody)
        if s.handlers:
            if star:
                self.try_star_except(s)
            else:
                self.try_except(s)
        else:
            self.visit_stmts(s.body)
        self.addop(op.POP_BLOCK, NO_LOCATION)
        self.pop_fblock(FINALLY_TRY, body)
        self.visit_stmts(s.finalbody)
        self.addop_j(op.JUMP, exit, NO_LOCATION)
        self.use_label(end)
        loc = NO_LOCATION
        self.addop_j(op.SETUP_CLEANUP, cleanup, loc)
        self.addop(op.PUSH_EXC_INFO, loc)
        self.push_fblock(loc, FINALLY_END, end)
        self.visit_stmts(s.finalbody)
        self.pop_fblock(FINALLY_END, end)
        self.addop_i(op.RERAISE, 0, loc)
        self.use_label(cleanup)
        self.pop_except_and_reraise(loc)
        self.use_label(exit)

    def try_except(self, s):
        loc = LOC(s)
        body = self.new_label()
        except_ = self.new_label()
        end = self.new_label()
        cleanup = self.new_label()
        self.addop_j(op.SETUP_FINALLY, except_, loc)
        self.use_label(body)
        self.push_fblock(loc, TRY_EXCEPT, body)
        self.visit_stmts(s.body)
        self.pop_fblock(TRY_EXCEPT, body)
        self.addop(op.POP_BLOCK, NO_LOCATION)
        if s.orelse:
            self.visit_stmts(s.orelse)
        self.addop_j(op.JUMP, end, NO_LOCATION)
        n = len(s.handlers)
        self.use_label(except_)
        self.addop_j(op.SETUP_CLEANUP, cleanup, NO_LOCATION)
        self.addop(op.PUSH_EXC_INFO, NO_LOCATION)
        self.push_fblock(loc, EXCEPTION_HANDLER, None)
        for i, handler in enumerate(s.handlers):
            hloc = LOC(handler)
            if handler.type is None and i < n - 1:
                self.error(hloc, "default 'except:' must be last")
            except_ = self.new_label()
            if handler.type is not None:
                self.visit_expr(handler.type)
                self.addop(op.CHECK_EXC_MATCH, hloc)
                self.addop_j(op.POP_JUMP_IF_FALSE, except_, hloc)
            if handler.name:
                cleanup_end = self.new_label()
                cleanup_body = self.new_label()
                self.nameop(handler.name, ast.Store, hloc)
                self.addop_j(op.SETUP_CLEANUP, cleanup_end, hloc)
                self.use_label(cleanup_body)
                self.push_fblock(hloc, HANDLER_CLEANUP, cleanup_body, None, handler.name)
                self.visit_stmts(handler.body)
                self.pop_fblock(HANDLER_CLEANUP, cleanup_body)
                self.addop(op.POP_BLOCK, NO_LOCATION)
                self.addop(op.POP_BLOCK, NO_LOCATION)
                self.addop(op.POP_EXCEPT, NO_LOCATION)
                self.load_const(None, NO_LOCATION)
                self.nameop(handler.name, ast.Store, NO_LOCATION)
                self.nameop(handler.name, ast.Del, NO_LOCATION)
                self.addop_j(op.JUMP, end, NO_LOCATION)
                self.use_label(cleanup_end)
                self.load_const(None, NO_LOCATION)
                self.nameop(handler.name, ast.Store, NO_LOCATION)
                self.nameop(handler.name, ast.Del, NO_LOCATION)
                self.addop_i(op.RERAISE, 1, NO_LOCATION)
            else:
                cleanup_body = self.new_label()
                self.addop(op.POP_TOP, hloc)
                self.use_label(cleanup_body)
                self.push_fblock(hloc, HANDLER_CLEANUP, cleanup_body, None, None)
                self.visit_stmts(handler.body)
                self.pop_fblock(HANDLER_CLEANUP, cleanup_body)
                self.addop(op.POP_BLOCK, NO_LOCATION)
                self.addop(op.POP_EXCEPT, NO_LOCATION)
                self.addop_j(op.JUMP, end, NO_LOCATION)
            self.use_label(except_)
        self.pop_fblock(EXCEPTION_HANDLER, None)
        self.addop_i(op.RERAISE, 0, NO_LOCATION)
        self.use_label(cleanup)
        self.pop_except_and_reraise(NO_LOCATION)
        self.use_label(end)

    def try_star_except(self, s):
        loc = LOC(s)
        body = self.new_label()
        except_ = self.new_label()
        orelse = self.new_label()
        end = self.new_label()
        cleanup = self.new_label()
        reraise_star = self.new_label()
        self.addop_j(op.SETUP_FINALLY, except_, loc)
        self.use_label(body)
        self.push_fblock(loc, TRY_EXCEPT, body)
        self.visit_stmts(s.body)
        self.pop_fblock(TRY_EXCEPT, body)
        self.addop(op.POP_BLOCK, NO_LOCATION)
        self.addop_j(op.JUMP, orelse, NO_LOCATION)
        n = len(s.handlers)
        self.use_label(except_)
        self.addop_j(op.SETUP_CLEANUP, cleanup, NO_LOCATION)
        self.addop(op.PUSH_EXC_INFO, NO_LOCATION)
        self.push_fblock(loc, EXCEPTION_GROUP_HANDLER, None, None, "except handler")
        for i, handler in enumerate(s.handlers):
            hloc = LOC(handler)
            except_ = self.new_label()
            except_with_error = self.new_label()
            no_match = self.new_label()
            if i == 0:
                self.addop_i(op.BUILD_LIST, 0, hloc)
                self.addop_i(op.COPY, 2, hloc)
            if handler.type is not None:
                self.visit_expr(handler.type)
                self.addop(op.CHECK_EG_MATCH, hloc)
                self.addop_i(op.COPY, 1, hloc)
                self.addop_j(op.POP_JUMP_IF_NONE, no_match, hloc)
            cleanup_end = self.new_label()
            cleanup_body = self.new_label()
            if handler.name:
                self.nameop(handler.name, ast.Store, hloc)
            else:
                self.addop(op.POP_TOP, hloc)
            self.addop_j(op.SETUP_CLEANUP, cleanup_end, hloc)
            self.use_label(cleanup_body)
            self.push_fblock(hloc, HANDLER_CLEANUP, cleanup_body, None, handler.name)
            self.visit_stmts(handler.body)
            self.pop_fblock(HANDLER_CLEANUP, cleanup_body)
            self.addop(op.POP_BLOCK, NO_LOCATION)
            if handler.name:
                self.load_const(None, NO_LOCATION)
                self.nameop(handler.name, ast.Store, NO_LOCATION)
                self.nameop(handler.name, ast.Del, NO_LOCATION)
            self.addop_j(op.JUMP, except_, NO_LOCATION)
            self.use_label(cleanup_end)
            if handler.name:
                self.load_const(None, NO_LOCATION)
                self.nameop(handler.name, ast.Store, NO_LOCATION)
                self.nameop(handler.name, ast.Del, NO_LOCATION)
            self.addop_i(op.LIST_APPEND, 3, NO_LOCATION)
            self.addop(op.POP_TOP, NO_LOCATION)
            self.addop_j(op.JUMP, except_with_error, NO_LOCATION)
            self.use_label(except_)
            self.addop(op.NOP, NO_LOCATION)
            self.addop_j(op.JUMP, except_with_error, NO_LOCATION)
            self.use_label(no_match)
            self.addop(op.POP_TOP, hloc)
            self.use_label(except_with_error)
            if i == n - 1:
                self.addop_i(op.LIST_APPEND, 1, NO_LOCATION)
                self.addop_j(op.JUMP, reraise_star, NO_LOCATION)
        self.pop_fblock(EXCEPTION_GROUP_HANDLER, None)
        reraise = self.new_label()
        self.use_label(reraise_star)
        self.addop_i(op.CALL_INTRINSIC_2, INTRINSIC_2["INTRINSIC_PREP_RERAISE_STAR"],
                     NO_LOCATION)
        self.addop_i(op.COPY, 1, NO_LOCATION)
        self.addop_j(op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION)
        self.addop(op.POP_TOP, NO_LOCATION)
        self.addop(op.POP_BLOCK, NO_LOCATION)
        self.addop(op.POP_EXCEPT, NO_LOCATION)
        self.addop_j(op.JUMP, end, NO_LOCATION)
        self.use_label(reraise)
        self.addop(op.POP_BLOCK, NO_LOCATION)
        self.addop_i(op.SWAP, 2, NO_LOCATION)
        self.addop(op.POP_EXCEPT, NO_LOCATION)
        self.addop_i(op.RERAISE, 0, NO_LOCATION)
        self.use_label(cleanup)
        self.pop_except_and_reraise(NO_LOCATION)
        self.use_label(orelse)
        self.visit_stmts(s.orelse)
        self.use_label(end)

    def stmt_Assert(self, s):
        test = s.test
        if ((isinstance(test, ast.Tuple) and test.elts) or
                (isinstance(test, ast.Constant) and isinstance(test.value, tuple)
                 and test.value)):
            import warnings
            try:
                warnings.warn_explicit("assertion is always true, perhaps remove parentheses?",
                                       SyntaxWarning, self.filename, s.lineno)
            except SyntaxWarning:
                self.error(LOC(s), "assertion is always true, perhaps remove parentheses?")
        if self.optimize:
            return
        end = self.new_label()
        self.jump_if(LOC(s), s.test, end, True)
        self.addop(op.LOAD_ASSERTION_ERROR, LOC(s))
        if s.msg is not None:
            self.visit_expr(s.msg)
            self.addop_i(op.CALL, 0, LOC(s))
        self.addop_i(op.RAISE_VARARGS, 1, LOC(s))
        self.use_label(end)

    def stmt_Import(self, s):
        loc = LOC(s)
        for alias in s.names:
            self.load_const(0, loc)
            self.load_const(None, loc)
            self.addop_name(op.IMPORT_NAME, alias.name, self.u.names, loc)
            if alias.asname:
                self.import_as(loc, alias.name, alias.asname)
            else:
                self.nameop(alias.name.split(".")[0], ast.Store, loc)

    def import_as(self, loc, name, asname):
        parts = name.split(".")
        if len(parts) > 1:
            for i, attr in enumerate(parts[1:]):
                self.addop_n(op.IMPORT_FROM, attr, self.u.names, loc)
                if i == len(parts) - 2:
                    break
                self.addop_i(op.SWAP, 2, loc)
                self.addop(op.POP_TOP, loc)
            self.nameop(asname, ast.Store, loc)
            self.addop(op.POP_TOP, loc)
            return
        self.nameop(asname, ast.Store, loc)

    def stmt_ImportFrom(self, s):
        loc = LOC(s)
        self.load_const(s.level, loc)
        names = tuple(a.name for a in s.names)
        if (s.module == "__future__"
                and (s.lineno, s.col_offset) > (self.future_location or (-1, -1))):
            self.error(loc, "from __future__ imports must occur at the beginning of the file")
        self.load_const(names, loc)
        self.addop_name(op.IMPORT_NAME, s.module or "", self.u.names, loc)
        for i, alias in enumerate(s.names):
            if i == 0 and alias.name.startswith("*"):
                self.addop_i(op.CALL_INTRINSIC_1, INTRINSIC_1["INTRINSIC_IMPORT_STAR"], loc)
                self.addop(op.POP_TOP, NO_LOCATION)
                return
            self.addop_name(op.IMPORT_FROM, alias.name, self.u.names, loc)
            self.nameop(alias.asname or alias.name, ast.Store, loc)
        self.addop(op.POP_TOP, loc)

    def stmt_Global(self, s):
        pass

    stmt_Nonlocal = stmt_Global

    def stmt_Expr(self, s):
        loc = LOC(s)
        value = s.value
        if self.interactive and self.nestlevel <= 1:
            self.visit_expr(value)
            self.addop_i(op.CALL_INTRINSIC_1, INTRINSIC_1["INTRINSIC_PRINT"], loc)
            self.addop(op.POP_TOP, NO_LOCATION)
            return
        if isinstance(value, ast.Constant):
            self.addop(op.NOP, loc)
            return
        self.visit_expr(value)
        self.addop(op.POP_TOP, NO_LOCATION)

    def stmt_Pass(self, s):
        self.addop(op.NOP, LOC(s))

    def stmt_Break(self, s):
        loc = LOC(s)
        self.addop(op.NOP, loc)
        loc, loop = self.unwind_fblock_stack(loc, False, True)
        if loop is None:
            self.error(LOC(s), "'break' outside loop")
        loc = self.unwind_fblock(loop, loc, False)
        self.addop_j(op.JUMP, loop.exit, loc)

    def stmt_Continue(self, s):
        loc = LOC(s)
        self.addop(op.NOP, loc)
        loc, loop = self.unwind_fblock_stack(loc, False, True)
        if loop is None:
            self.error(LOC(s), "'continue' not properly in loop")
        self.addop_j(op.JUMP, loop.block, loc)

    # -- unwinding --------------------------------------------------------------------
    def unwind_fblock(self, info, loc, preserve_tos):
        kind = info.kind
        if kind in (WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
                    ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION):
            return loc
        if kind == FOR_LOOP:
            if preserve_tos:
                self.addop_i(op.SWAP, 2, loc)
            self.addop(op.POP_TOP, loc)
            return loc
        if kind == TRY_EXCEPT:
            self.addop(op.POP_BLOCK, loc)
            return loc
        if kind == FINALLY_TRY:
            self.addop(op.POP_BLOCK, loc)
            if preserve_tos:
                self.push_fblock(loc, POP_VALUE, None)
            self.visit_stmts(info.datum)
            if preserve_tos:
                self.pop_fblock(POP_VALUE, None)
            return NO_LOCATION
        if kind == FINALLY_END:
            if preserve_tos:
                self.addop_i(op.SWAP, 2, loc)
            self.addop(op.POP_TOP, loc)
            if preserve_tos:
                self.addop_i(op.SWAP, 2, loc)
            self.addop(op.POP_BLOCK, loc)
            self.addop(op.POP_EXCEPT, loc)
            return loc
        if kind in (WITH, ASYNC_WITH):
            loc = LOC(info.datum)
            self.addop(op.POP_BLOCK, loc)
            if preserve_tos:
                self.addop_i(op.SWAP, 2, loc)
            self.call_exit_with_nones(loc)
            if kind == ASYNC_WITH:
                self.addop_i(op.GET_AWAITABLE, 2, loc)
                self.load_const(None, loc)
                self.add_yield_from(loc, True)
            self.addop(op.POP_TOP, loc)
            return NO_LOCATION
        if kind == HANDLER_CLEANUP:
            if info.datum:
                self.addop(op.POP_BLOCK, loc)
            if preserve_tos:
                self.addop_i(op.SWAP, 2, loc)
            self.addop(op.POP_BLOCK, loc)
            self.addop(op.POP_EXCEPT, loc)
            if info.datum:
                self.load_const(None, loc)
                self.nameop(info.datum, ast.Store, loc)
                self.nameop(info.datum, ast.Del, loc)
            return loc
        if kind == POP_VALUE:
            if preserve_tos:
                self.addop_i(op.SWAP, 2, loc)
            self.addop(op.POP_TOP, loc)
            return loc
        raise SystemError("bad fblock")

    def unwind_fblock_stack(self, loc, preserve_tos, want_loop):
        """Returns (loc, loop fblock or None)."""
        fblocks = self.u.fblocks
        if not fblocks:
            return loc, None
        top = fblocks[-1]
        if top.kind == EXCEPTION_GROUP_HANDLER:
            self.error(loc, "'break', 'continue' and 'return' cannot appear in an except* block")
        if want_loop and top.kind in (WHILE_LOOP, FOR_LOOP):
            return loc, top
        fblocks.pop()
        loc = self.unwind_fblock(top, loc, preserve_tos)
        loc, loop = self.unwind_fblock_stack(loc, preserve_tos, want_loop)
        fblocks.append(top)
        return loc, loop
