"""AST -> instruction sequence, one CompilerUnit per code object.

Follows CPython 3.12's Python/compile.c: each statement and expression kind has
a method emitting the instructions CPython emits, in the same order and with
the same source locations, using jump labels and the pseudo instructions
(SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH/POP_BLOCK/JUMP/...) that the flowgraph
pass later lowers.  Finished units are handed to ``assemble.assemble_unit``
(which runs the flowgraph optimisations first) to become ``Code`` objects.
"""

import ast

from snakevm import opcodes as op
from snakevm.compiler import symtable as st
from snakevm.compiler.errors import syntax_error
from snakevm.compiler.unit import Instr
from snakevm.compiler.unit import (
    NO_LOCATION, CompilerUnit, SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION,
    SCOPE_ASYNC_FUNCTION, SCOPE_LAMBDA, SCOPE_COMPREHENSION, SCOPE_TYPEPARAMS)
from snakevm.compiler.codegen_common import (
    FBlock, INTRINSIC_1, LOC, PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_MASK, find_ann,
    get_docstring, merge_const)
from snakevm.compiler.codegen_defs import DefinitionCodegen
from snakevm.compiler.codegen_stmt import StatementCodegen
from snakevm.compiler.codegen_expr import ExpressionCodegen


class Compiler(DefinitionCodegen, StatementCodegen, ExpressionCodegen):
    def __init__(self, filename, symtable, future_features, flags, optimize, interactive=False):
        self.filename = filename
        self.st = symtable
        self.future = future_features
        self.flags = (flags | future_features)
        self.optimize = optimize
        self.interactive = interactive
        self.u = None
        self.stack = []
        self.nestlevel = 0
        self.future_location = None
        self.const_cache = {}     # const_key -> the one shared object (CPython's c_const_cache)

    # -- errors ------------------------------------------------------------------
    def error(self, loc, msg):
        lineno, end_lineno, col, end_col = loc
        raise syntax_error(msg, self.filename, lineno, col + 1, end_lineno, end_col + 1)

    # -- units -------------------------------------------------------------------
    def enter_scope(self, name, scope_type, key, lineno):
        ste = self.st.by_node[id(key)]
        u = CompilerUnit(name, scope_type, ste, lineno)
        u.argcount = 0
        for i, v in enumerate(ste.varnames):
            u.varnames[v] = i
        # like CPython's dictbytype(): scope CELL, or a cell of an inlined comprehension
        cells = sorted(n for n, f in ste.symbols.items()
                       if (f >> st.SCOPE_OFFSET) & st.SCOPE_MASK == st.CELL
                       or f & st.DEF_COMP_CELL)
        for n in cells:
            u.cellvars[n] = len(u.cellvars)
        if ste.needs_class_closure:
            u.cellvars["__class__"] = len(u.cellvars)
        if ste.needs_classdict:
            u.cellvars["__classdict__"] = len(u.cellvars)
        frees = sorted(n for n, f in ste.symbols.items()
                       if (f >> st.SCOPE_OFFSET) & st.SCOPE_MASK == st.FREE
                       or f & st.DEF_FREE_CLASS)
        for i, n in enumerate(frees):
            u.freevars[n] = i + len(u.cellvars)
        if self.u is not None:
            u.private = self.u.private
            self.stack.append(self.u)
        self.u = u
        self.nestlevel += 1
        loc = (lineno, lineno, 0, 0)
        if scope_type == SCOPE_MODULE:
            loc = (0, 1, 0, 0)
            u.qualname = name
        else:
            self.set_qualname()
        self.addop_i(op.RESUME, 0, loc)
        return u

    def exit_scope(self):
        self.nestlevel -= 1
        self.u = self.stack.pop() if self.stack else None

    def set_qualname(self):
        u = self.u
        if self.stack:
            parent = self.stack[-1]
            if parent.scope_type == SCOPE_TYPEPARAMS:
                if len(self.stack) == 2:
                    u.qualname = u.name
                    return
                parent = self.stack[-2]
            if len(self.stack) == 1 and parent.scope_type == SCOPE_MODULE:
                u.qualname = u.name
                return
            force_global = False
            if u.scope_type in (SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION, SCOPE_CLASS):
                mangled = st.mangle(parent.private, u.name)
                if parent.ste.scope_of(mangled) == st.GLOBAL_EXPLICIT:
                    force_global = True
            if not force_global:
                if parent.scope_type in (SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION, SCOPE_LAMBDA):
                    base = parent.qualname + ".<locals>"
                else:
                    base = parent.qualname
                u.qualname = base + "." + u.name
                return
        u.qualname = u.name

    def code_flags(self):
        ste = self.u.ste
        flags = 0
        if ste.is_function_like:
            flags |= op.CO_NEWLOCALS | op.CO_OPTIMIZED
            if ste.nested:
                flags |= op.CO_NESTED
            if ste.generator and not ste.coroutine:
                flags |= op.CO_GENERATOR
            if not ste.generator and ste.coroutine:
                flags |= op.CO_COROUTINE
            if ste.generator and ste.coroutine:
                flags |= op.CO_ASYNC_GENERATOR
            if ste.varargs:
                flags |= op.CO_VARARGS
            if ste.varkeywords:
                flags |= op.CO_VARKEYWORDS
        flags |= self.flags & PyCF_MASK
        if self.is_top_level_await() and ste.coroutine and not ste.generator:
            flags |= op.CO_COROUTINE
        return flags

    def is_top_level_await(self):
        return bool(self.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) and self.u.ste.type == st.ModuleBlock

    def optimize_and_assemble(self, add_none):
        from snakevm.compiler.assemble import assemble_unit
        u = self.u
        if add_none:
            self.load_const(None, NO_LOCATION)
        self.addop(op.RETURN_VALUE, NO_LOCATION)
        return assemble_unit(u, self.code_flags(), self.filename, self.const_cache)

    # -- emitting ------------------------------------------------------------------
    def addop(self, opcode, loc):
        self.u.instrs.append(Instr(opcode, 0, loc))

    def addop_i(self, opcode, arg, loc):
        self.u.instrs.append(Instr(opcode, arg, loc))

    def addop_j(self, opcode, label, loc):
        self.u.instrs.append(Instr(opcode, 0, loc, label))

    def load_const(self, value, loc):
        self.addop_i(op.LOAD_CONST, self.u.add_const(self.merge_const(value)), loc)

    def merge_const(self, value):
        return merge_const(self.const_cache, value)

    def addop_name(self, opcode, name, table, loc):
        u = self.u
        mangled = st.mangle(u.private, name)
        arg = u.add_to(table, mangled)
        if opcode == op.LOAD_ATTR:
            arg <<= 1
        elif opcode == op.LOAD_METHOD:
            opcode = op.LOAD_ATTR
            arg = (arg << 1) | 1
        elif opcode == op.LOAD_SUPER_ATTR:
            arg = (arg << 2) | 2
        elif opcode == op.LOAD_SUPER_METHOD:
            opcode = op.LOAD_SUPER_ATTR
            arg = (arg << 2) | 3
        elif opcode == op.LOAD_ZERO_SUPER_ATTR:
            opcode = op.LOAD_SUPER_ATTR
            arg = arg << 2
        elif opcode == op.LOAD_ZERO_SUPER_METHOD:
            opcode = op.LOAD_SUPER_ATTR
            arg = (arg << 2) | 1
        self.addop_i(opcode, arg, loc)

    def addop_n(self, opcode, name, table, loc):
        # like addop_name but without mangling
        arg = self.u.add_to(table, name)
        self.addop_i(opcode, arg, loc)

    def new_label(self):
        return self.u.new_label()

    def use_label(self, label):
        self.u.use_label(label)

    def push_fblock(self, loc, kind, block, exit=None, datum=None):
        if len(self.u.fblocks) >= 20:
            self.error(loc, "too many statically nested blocks")
        self.u.fblocks.append(FBlock(kind, block, exit, datum, loc))

    def pop_fblock(self, kind, block):
        fb = self.u.fblocks.pop()
        assert fb.kind == kind, (fb.kind, kind)

    def add_yield_from(self, loc, is_await):
        send = self.new_label()
        fail = self.new_label()
        exit = self.new_label()
        self.use_label(send)
        self.addop_j(op.SEND, exit, loc)
        self.addop_j(op.SETUP_FINALLY, fail, loc)
        self.addop_i(op.YIELD_VALUE, 0, loc)
        self.addop(op.POP_BLOCK, NO_LOCATION)
        self.addop_i(op.RESUME, 3 if is_await else 2, loc)
        self.addop_j(op.JUMP_NO_INTERRUPT, send, loc)
        self.use_label(fail)
        self.addop(op.CLEANUP_THROW, loc)
        self.use_label(exit)
        self.addop(op.END_SEND, loc)

    def addop_yield(self, loc):
        ste = self.u.ste
        if ste.generator and ste.coroutine:
            self.addop_i(op.CALL_INTRINSIC_1, INTRINSIC_1["INTRINSIC_ASYNC_GEN_WRAP"], loc)
        self.addop_i(op.YIELD_VALUE, 0, loc)
        self.addop_i(op.RESUME, 1, loc)

    def pop_except_and_reraise(self, loc):
        self.addop_i(op.COPY, 3, loc)
        self.addop(op.POP_EXCEPT, loc)
        self.addop_i(op.RERAISE, 1, loc)

    # -- module ----------------------------------------------------------------------
    def compile_module(self, tree, mode):
        self.enter_scope("<module>", SCOPE_MODULE, tree, 1)
        loc = (1, 1, 0, 0)
        if isinstance(tree, ast.Module):
            self.body(loc, tree.body)
            add_none = True
        elif isinstance(tree, ast.Interactive):
            if find_ann(tree.body):
                self.addop(op.SETUP_ANNOTATIONS, loc)
            self.interactive = True
            for s in tree.body:
                self.visit_stmt(s)
            add_none = True
        else:
            self.visit_expr(tree.body)
            add_none = False
        code = self.optimize_and_assemble(add_none)
        self.exit_scope()
        return code

    def body(self, loc, stmts):
        if self.u.scope_type == SCOPE_MODULE and stmts:
            loc = LOC(stmts[0])
        if find_ann(stmts):
            self.addop(op.SETUP_ANNOTATIONS, loc)
        if not stmts:
            return
        i = 0
        if self.optimize < 2:
            doc = get_docstring(stmts)
            if doc is not None:
                i = 1
                self.visit_expr(stmts[0].value)
                self.nameop("__doc__", ast.Store, NO_LOCATION)
        for s in stmts[i:]:
            self.visit_stmt(s)

    # -- names -----------------------------------------------------------------------
    def forbidden_name(self, name, ctx, loc):
        if ctx is ast.Store and name == "__debug__":
            self.error(loc, "cannot assign to __debug__")
        if ctx is ast.Del and name == "__debug__":
            self.error(loc, "cannot delete __debug__")

    def nameop(self, name, ctx, loc):
        u = self.u
        self.forbidden_name(name, ctx, loc)
        mangled = st.maybe_mangle(u.private, u.ste, name)
        optype = "name"
        scope = u.ste.scope_of(mangled)
        table = u.names
        if scope == st.FREE:
            table = u.freevars
            optype = "deref"
        elif scope == st.CELL:
            table = u.cellvars
            optype = "deref"
        elif scope == st.LOCAL:
            if u.ste.is_function_like or u.fasthidden.get(mangled) is True:
                optype = "fast"
        elif scope == st.GLOBAL_IMPLICIT:
            if u.ste.is_function_like:
                optype = "global"
        elif scope == st.GLOBAL_EXPLICIT:
            optype = "global"
        if optype == "deref":
            if ctx is ast.Load:
                if u.ste.type == st.ClassBlock and not u.in_inlined_comp:
                    opcode = op.LOAD_FROM_DICT_OR_DEREF
                    self.addop(op.LOAD_LOCALS, loc)
                elif u.ste.can_see_class_scope:
                    opcode = op.LOAD_FROM_DICT_OR_DEREF
                    self.addop_i(op.LOAD_DEREF, u.freevars["__classdict__"], loc)
                else:
                    opcode = op.LOAD_DEREF
            elif ctx is ast.Store:
                opcode = op.STORE_DEREF
            else:
                opcode = op.DELETE_DEREF
            if table is u.cellvars:
                index = u.add_to(table, mangled)
            else:
                index = table.get(mangled)
                if index is None:
                    index = table[mangled] = len(u.cellvars) + len(table)
            self.addop_i(opcode, index, loc)
            return
        if optype == "fast":
            opcode = {ast.Load: op.LOAD_FAST, ast.Store: op.STORE_FAST,
                      ast.Del: op.DELETE_FAST}[ctx]
            self.addop_i(opcode, u.add_to(u.varnames, mangled), loc)
            return
        if optype == "global":
            if ctx is ast.Load:
                if u.ste.can_see_class_scope and scope == st.GLOBAL_IMPLICIT:
                    opcode = op.LOAD_FROM_DICT_OR_GLOBALS
                    self.addop_i(op.LOAD_DEREF, u.freevars["__classdict__"], loc)
                else:
                    opcode = op.LOAD_GLOBAL
            elif ctx is ast.Store:
                opcode = op.STORE_GLOBAL
            else:
                opcode = op.DELETE_GLOBAL
        else:
            if ctx is ast.Load:
                opcode = (op.LOAD_GLOBAL if u.ste.type == st.ClassBlock and u.in_inlined_comp
                          else op.LOAD_NAME)
            elif ctx is ast.Store:
                opcode = op.STORE_NAME
            else:
                opcode = op.DELETE_NAME
        arg = u.add_to(u.names, mangled)
        if opcode == op.LOAD_GLOBAL:
            arg <<= 1
        self.addop_i(opcode, arg, loc)

    def get_ref_type(self, name):
        u = self.u
        if u.ste.type == st.ClassBlock and name in ("__class__", "__classdict__"):
            return st.CELL
        return u.ste.scope_of(name)
