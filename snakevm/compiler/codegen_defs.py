"""Code generation for definitions: functions, lambdas' defaults and annotations,
classes, decorators, PEP 695 type parameters and ``type`` aliases.

A mixin of ``codegen.Compiler`` (see compile.c's compiler_function,
compiler_class, compiler_type_params, compiler_typealias).
"""

import ast

from snakevm import opcodes as op
from snakevm.compiler import symtable as st
from snakevm.compiler.unit import Instr
from snakevm.compiler.unit import (
    NO_LOCATION, SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION,
    SCOPE_LAMBDA, SCOPE_COMPREHENSION, SCOPE_TYPEPARAMS)
from snakevm.compiler.codegen_common import (
    CO_FUTURE_ANNOTATIONS, INTRINSIC_1, INTRINSIC_2, LOC, STOP_ITERATION, get_docstring)


class DefinitionCodegen:
    def stmt_FunctionDef(self, s, is_async=False):
        args = s.args
        self.check_debug_args(args)
        for d in s.decorator_list:
            self.visit_expr(d)
        firstlineno = s.lineno
        if s.decorator_list:
            firstlineno = s.decorator_list[0].lineno
        loc = LOC(s)
        type_params = getattr(s, "type_params", None) or []
        is_generic = bool(type_params)
        if is_generic:
            self.addop(op.PUSH_NULL, loc)
        funcflags = self.default_arguments(loc, args)
        num_typeparam_args = 0
        if is_generic:
            if funcflags & op.MAKE_FUNCTION_DEFAULTS:
                num_typeparam_args += 1
            if funcflags & op.MAKE_FUNCTION_KWDEFAULTS:
                num_typeparam_args += 1
            if num_typeparam_args == 2:
                self.addop_i(op.SWAP, 2, loc)
            self.enter_scope("<generic parameters of %s>" % s.name, SCOPE_TYPEPARAMS,
                             type_params, firstlineno)
            self.type_params(type_params)
            for i in range(num_typeparam_args):
                self.addop_i(op.LOAD_FAST, i, loc)
        if self.visit_annotations(loc, args, s.returns):
            funcflags |= op.MAKE_FUNCTION_ANNOTATIONS
        self.function_body(s, is_async, funcflags, firstlineno)
        if is_generic:
            self.addop_i(op.SWAP, 2, loc)
            self.addop_i(op.CALL_INTRINSIC_2,
                         INTRINSIC_2["INTRINSIC_SET_FUNCTION_TYPE_PARAMS"], loc)
            self.u.argcount = num_typeparam_args
            co = self.optimize_and_assemble(False)
            self.exit_scope()
            self.make_closure(loc, co, 0)
            if num_typeparam_args > 0:
                self.addop_i(op.SWAP, num_typeparam_args + 1, loc)
            self.addop_i(op.CALL, num_typeparam_args, loc)
        self.apply_decorators(s.decorator_list)
        self.nameop(s.name, ast.Store, loc)

    def stmt_AsyncFunctionDef(self, s):
        self.stmt_FunctionDef(s, is_async=True)

    def function_body(self, s, is_async, funcflags, firstlineno):
        scope_type = SCOPE_ASYNC_FUNCTION if is_async else SCOPE_FUNCTION
        self.enter_scope(s.name, scope_type, s, firstlineno)
        docstring = get_docstring(s.body) if self.optimize < 2 else None
        u = self.u
        u.add_const(self.merge_const(docstring))
        args = s.args
        u.argcount = len(args.args)
        u.posonlyargcount = len(args.posonlyargs)
        u.kwonlyargcount = len(args.kwonlyargs)
        start = self.new_label()
        add_stop = u.ste.coroutine or u.ste.generator
        if add_stop:
            self.push_fblock(NO_LOCATION, STOP_ITERATION, start)
        for stmt in s.body[1 if docstring is not None else 0:]:
            self.visit_stmt(stmt)
        if add_stop:
            self.wrap_in_stopiteration_handler()
            self.pop_fblock(STOP_ITERATION, start)
        co = self.optimize_and_assemble(True)
        self.exit_scope()
        self.make_closure(LOC(s), co, funcflags)

    def wrap_in_stopiteration_handler(self):
        handler = self.new_label()
        u = self.u
        u.instrs.insert(0, Instr(op.SETUP_CLEANUP, 0, NO_LOCATION, handler))
        for i, pos in enumerate(u.labels):
            if pos >= 0:
                u.labels[i] = pos + 1
        self.load_const(None, NO_LOCATION)
        self.addop(op.RETURN_VALUE, NO_LOCATION)
        self.use_label(handler)
        self.addop_i(op.CALL_INTRINSIC_1, INTRINSIC_1["INTRINSIC_STOPITERATION_ERROR"],
                     NO_LOCATION)
        self.addop_i(op.RERAISE, 1, NO_LOCATION)

    def make_closure(self, loc, co, flags):
        frees = co.co_freevars
        if frees:
            for name in frees:
                reftype = self.get_ref_type(name)
                if reftype == st.CELL:
                    arg = self.u.cellvars.get(name)
                else:
                    arg = self.u.freevars.get(name)
                if arg is None:
                    raise SystemError("compiler_make_closure: cannot find %r in %s"
                                      % (name, self.u.name))
                self.addop_i(op.LOAD_CLOSURE, arg, loc)
            flags |= op.MAKE_FUNCTION_CLOSURE
            self.addop_i(op.BUILD_TUPLE, len(frees), loc)
        self.load_const(co, loc)
        self.addop_i(op.MAKE_FUNCTION, flags, loc)

    def check_debug_args(self, args):
        for a in args.posonlyargs + args.args + args.kwonlyargs:
            if a.arg == "__debug__":
                self.error(LOC(a), "cannot assign to __debug__")
        for a in (args.vararg, args.kwarg):
            if a is not None and a.arg == "__debug__":
                self.error(LOC(a), "cannot assign to __debug__")

    def default_arguments(self, loc, args):
        funcflags = 0
        if args.defaults:
            for d in args.defaults:
                self.visit_expr(d)
            self.addop_i(op.BUILD_TUPLE, len(args.defaults), loc)
            funcflags |= op.MAKE_FUNCTION_DEFAULTS
        if args.kwonlyargs:
            keys = []
            for arg, default in zip(args.kwonlyargs, args.kw_defaults):
                if default is not None:
                    keys.append(st.mangle(self.u.private, arg.arg))
                    self.visit_expr(default)
            if keys:
                self.load_const(tuple(keys), loc)
                self.addop_i(op.BUILD_CONST_KEY_MAP, len(keys), loc)
                funcflags |= op.MAKE_FUNCTION_KWDEFAULTS
        return funcflags

    def visit_annotations(self, loc, args, returns):
        n = [0]

        def one(name, annotation):
            if annotation is None:
                return
            self.load_const(st.mangle(self.u.private, name), loc)
            if self.future & CO_FUTURE_ANNOTATIONS:
                self.visit_annexpr(annotation)
            elif isinstance(annotation, ast.Starred):
                self.visit_expr(annotation.value)
                self.addop_i(op.UNPACK_SEQUENCE, 1, loc)
            else:
                self.visit_expr(annotation)
            n[0] += 2

        for a in args.args:
            one(a.arg, a.annotation)
        for a in args.posonlyargs:
            one(a.arg, a.annotation)
        if args.vararg:
            one(args.vararg.arg, args.vararg.annotation)
        for a in args.kwonlyargs:
            one(a.arg, a.annotation)
        if args.kwarg:
            one(args.kwarg.arg, args.kwarg.annotation)
        one("return", returns)
        if n[0]:
            self.addop_i(op.BUILD_TUPLE, n[0], loc)
            return True
        return False

    def visit_annexpr(self, annotation):
        from snakevm.compiler.unparse import unparse_annotation
        self.load_const(unparse_annotation(annotation), LOC(annotation))

    def apply_decorators(self, decos):
        for d in reversed(decos):
            self.addop_i(op.CALL, 0, LOC(d))

    def stmt_ClassDef(self, s):
        decos = s.decorator_list
        for d in decos:
            self.visit_expr(d)
        firstlineno = s.lineno
        if decos:
            firstlineno = decos[0].lineno
        loc = LOC(s)
        type_params = getattr(s, "type_params", None) or []
        is_generic = bool(type_params)
        if is_generic:
            self.u.private = s.name
            self.addop(op.PUSH_NULL, loc)
            self.enter_scope("<generic parameters of %s>" % s.name, SCOPE_TYPEPARAMS,
                             type_params, firstlineno)
            self.type_params(type_params)
            self.nameop(".type_params", ast.Store, loc)
        self.class_body(s, firstlineno)
        if is_generic:
            self.nameop(".type_params", ast.Load, loc)
            self.addop_i(op.CALL_INTRINSIC_1, INTRINSIC_1["INTRINSIC_SUBSCRIPT_GENERIC"], loc)
            self.nameop(".generic_base", ast.Store, loc)
            base = ast.Name(".generic_base", ast.Load())
            base.lineno, base.end_lineno, base.col_offset, base.end_col_offset = \
                loc[0], loc[1], loc[2], loc[3]
            self.call_helper(loc, 2, list(s.bases) + [base], s.keywords)
            co = self.optimize_and_assemble(False)
            self.exit_scope()
            self.make_closure(loc, co, 0)
            self.addop_i(op.CALL, 0, loc)
        else:
            self.call_helper(loc, 2, s.bases, s.keywords)
        self.apply_decorators(decos)
        self.nameop(s.name, ast.Store, loc)

    def class_body(self, s, firstlineno):
        self.enter_scope(s.name, SCOPE_CLASS, s, firstlineno)
        u = self.u
        loc = (firstlineno, firstlineno, 0, 0)
        u.private = s.name
        self.nameop("__name__", ast.Load, loc)
        self.nameop("__module__", ast.Store, loc)
        self.load_const(u.qualname, loc)
        self.nameop("__qualname__", ast.Store, loc)
        if getattr(s, "type_params", None):
            self.nameop(".type_params", ast.Load, loc)
            self.nameop("__type_params__", ast.Store, loc)
        if u.ste.needs_classdict:
            self.addop(op.LOAD_LOCALS, loc)
            self.addop_i(op.STORE_DEREF, u.cellvars["__classdict__"], loc)
        self.body(loc, s.body)
        if u.ste.needs_classdict:
            self.addop_i(op.LOAD_CLOSURE, u.cellvars["__classdict__"], NO_LOCATION)
            self.nameop("__classdictcell__", ast.Store, NO_LOCATION)
        if u.ste.needs_class_closure:
            self.addop_i(op.LOAD_CLOSURE, u.cellvars["__class__"], NO_LOCATION)
            self.addop_i(op.COPY, 1, NO_LOCATION)
            self.nameop("__classcell__", ast.Store, NO_LOCATION)
        else:
            self.load_const(None, NO_LOCATION)
        self.addop(op.RETURN_VALUE, NO_LOCATION)
        co = self.optimize_and_assemble(True)
        self.exit_scope()
        loc = LOC(s)
        self.addop(op.PUSH_NULL, loc)
        self.addop(op.LOAD_BUILD_CLASS, loc)
        self.make_closure(loc, co, 0)
        self.load_const(s.name, loc)

    def type_params(self, type_params):
        for tp in type_params:
            loc = LOC(tp)
            kind = type(tp).__name__
            self.load_const(tp.name, loc)
            if kind == "TypeVar":
                if tp.bound is not None:
                    bound = tp.bound
                    self.enter_scope(tp.name, SCOPE_TYPEPARAMS, tp, bound.lineno)
                    self.visit_expr(bound)
                    self.addop(op.RETURN_VALUE, loc)
                    co = self.optimize_and_assemble(True)
                    self.exit_scope()
                    self.make_closure(loc, co, 0)
                    intrinsic = ("INTRINSIC_TYPEVAR_WITH_CONSTRAINTS"
                                 if isinstance(bound, ast.Tuple)
                                 else "INTRINSIC_TYPEVAR_WITH_BOUND")
                    self.addop_i(op.CALL_INTRINSIC_2, INTRINSIC_2[intrinsic], loc)
                else:
                    self.addop_i(op.CALL_INTRINSIC_1, INTRINSIC_1["INTRINSIC_TYPEVAR"], loc)
            elif kind == "TypeVarTuple":
                self.addop_i(op.CALL_INTRINSIC_1, INTRINSIC_1["INTRINSIC_TYPEVARTUPLE"], loc)
            else:
                self.addop_i(op.CALL_INTRINSIC_1, INTRINSIC_1["INTRINSIC_PARAMSPEC"], loc)
            self.addop_i(op.COPY, 1, loc)
            self.nameop(tp.name, ast.Store, loc)
        self.addop_i(op.BUILD_TUPLE, len(type_params), LOC(type_params[0]))

    def stmt_TypeAlias(self, s):
        loc = LOC(s)
        type_params = s.type_params
        name = s.name.id
        if type_params:
            self.addop(op.PUSH_NULL, loc)
            self.enter_scope("<generic parameters of %s>" % name, SCOPE_TYPEPARAMS,
                             type_params, loc[0])
            self.load_const(name, loc)
            self.type_params(type_params)
        else:
            self.load_const(name, loc)
            self.load_const(None, loc)
        self.enter_scope(name, SCOPE_FUNCTION, s, loc[0])
        self.u.add_const(None)
        self.visit_expr(s.value)
        self.addop(op.RETURN_VALUE, loc)
        co = self.optimize_and_assemble(False)
        self.exit_scope()
        self.make_closure(loc, co, 0)
        self.addop_i(op.BUILD_TUPLE, 3, loc)
        self.addop_i(op.CALL_INTRINSIC_1, INTRINSIC_1["INTRINSIC_TYPEALIAS"], loc)
        if type_params:
            co = self.optimize_and_assemble(False)
            self.exit_scope()
            self.make_closure(loc, co, 0)
            self.addop_i(op.CALL, 0, loc)
        self.nameop(name, ast.Store, loc)
