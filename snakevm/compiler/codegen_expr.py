"""Code generation for expressions and conditional jumps.

A mixin of ``codegen.Compiler`` (compile.c's compiler_visit_expr1,
compiler_jump_if, calls and method calls, f-strings, subscripts, ...).
"""

import ast

from snakevm import opcodes as op
from snakevm.compiler import symtable as st
from snakevm.compiler.unit import Instr
from snakevm.compiler.unit import (
    NO_LOCATION, SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION,
    SCOPE_LAMBDA, SCOPE_COMPREHENSION, SCOPE_TYPEPARAMS)
from snakevm.compiler.codegen_common import (
    BINOP, COMPARE_MASKS, EXPR_DISPATCH, INTRINSIC_1, LOC, STACK_USE_GUIDELINE, _is_literal,
    infer_type_name, is_const, is_two_element_slice)


class ExpressionCodegen:
    # -- conditional jumps -------------------------------------------------------------
    def jump_if(self, loc, e, next_, cond):
        if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.Not):
            return self.jump_if(loc, e.operand, next_, not cond)
        if isinstance(e, ast.BoolOp):
            values = e.values
            cond2 = isinstance(e.op, ast.Or)
            next2 = next_
            if (not cond2) != (not cond):
                next2 = self.new_label()
            for v in values[:-1]:
                self.jump_if(loc, v, next2, cond2)
            self.jump_if(loc, values[-1], next_, cond)
            if next2 != next_:
                self.use_label(next2)
            return
        if isinstance(e, ast.IfExp):
            end = self.new_label()
            next2 = self.new_label()
            self.jump_if(loc, e.test, next2, False)
            self.jump_if(loc, e.body, next_, cond)
            self.addop_j(op.JUMP, end, NO_LOCATION)
            self.use_label(next2)
            self.jump_if(loc, e.orelse, next_, cond)
            self.use_label(end)
            return
        if isinstance(e, ast.Compare) and len(e.ops) > 1:
            self.check_compare(e)
            eloc = LOC(e)
            cleanup = self.new_label()
            self.visit_expr(e.left)
            n = len(e.ops) - 1
            for i in range(n):
                self.visit_expr(e.comparators[i])
                self.addop_i(op.SWAP, 2, eloc)
                self.addop_i(op.COPY, 2, eloc)
                self.addop_compare(eloc, e.ops[i])
                self.addop_j(op.POP_JUMP_IF_FALSE, cleanup, eloc)
            self.visit_expr(e.comparators[n])
            self.addop_compare(eloc, e.ops[n])
            self.addop_j(op.POP_JUMP_IF_TRUE if cond else op.POP_JUMP_IF_FALSE, next_, eloc)
            end = self.new_label()
            self.addop_j(op.JUMP, end, NO_LOCATION)
            self.use_label(cleanup)
            self.addop(op.POP_TOP, eloc)
            if not cond:
                self.addop_j(op.JUMP, next_, NO_LOCATION)
            self.use_label(end)
            return
        self.visit_expr(e)
        self.addop_j(op.POP_JUMP_IF_TRUE if cond else op.POP_JUMP_IF_FALSE, next_, LOC(e))

    def addop_compare(self, loc, cmp):
        t = type(cmp)
        if t is ast.Is:
            self.addop_i(op.IS_OP, 0, loc)
        elif t is ast.IsNot:
            self.addop_i(op.IS_OP, 1, loc)
        elif t is ast.In:
            self.addop_i(op.CONTAINS_OP, 0, loc)
        elif t is ast.NotIn:
            self.addop_i(op.CONTAINS_OP, 1, loc)
        else:
            index, mask = COMPARE_MASKS[t]
            self.addop_i(op.COMPARE_OP, (index << 4) | mask, loc)

    def check_compare(self, e):
        import warnings
        left = e.left
        left_is_literal = _is_literal(left)
        for cmp, right in zip(e.ops, e.comparators):
            right_is_literal = _is_literal(right)
            if isinstance(cmp, (ast.Is, ast.IsNot)) and (left_is_literal or right_is_literal):
                literal = left if left_is_literal else right
                tp = type(literal.value).__name__
                msg = ("\"is\" with '%s' literal. Did you mean \"==\"?" if isinstance(cmp, ast.Is)
                       else "\"is not\" with '%s' literal. Did you mean \"!=\"?") % tp
                self.warn(LOC(e), msg)
            left = right
            left_is_literal = right_is_literal

    def warn(self, loc, msg):
        import warnings
        try:
            warnings.warn_explicit(msg, SyntaxWarning, self.filename, loc[0])
        except SyntaxWarning:
            self.error(loc, msg)

    # -- expressions --------------------------------------------------------------------
    def visit_expr(self, e):
        cls = type(e)
        method = EXPR_DISPATCH.get(cls)
        if method is None:
            method = EXPR_DISPATCH[cls] = getattr(type(self), "expr_" + cls.__name__)
        method(self, e)

    def expr_NamedExpr(self, e):
        self.visit_expr(e.value)
        self.addop_i(op.COPY, 1, LOC(e))
        self.visit_expr(e.target)

    def expr_BoolOp(self, e):
        loc = LOC(e)
        jump = op.POP_JUMP_IF_FALSE if isinstance(e.op, ast.And) else op.POP_JUMP_IF_TRUE
        end = self.new_label()
        for v in e.values[:-1]:
            self.visit_expr(v)
            self.addop_i(op.COPY, 1, loc)
            self.addop_j(jump, end, loc)
            self.addop(op.POP_TOP, loc)
        self.visit_expr(e.values[-1])
        self.use_label(end)

    def expr_BinOp(self, e):
        self.visit_expr(e.left)
        self.visit_expr(e.right)
        self.addop_i(op.BINARY_OP, BINOP[type(e.op)], LOC(e))

    def expr_UnaryOp(self, e):
        self.visit_expr(e.operand)
        loc = LOC(e)
        t = type(e.op)
        if t is ast.UAdd:
            self.addop_i(op.CALL_INTRINSIC_1, INTRINSIC_1["INTRINSIC_UNARY_POSITIVE"], loc)
        elif t is ast.Invert:
            self.addop(op.UNARY_INVERT, loc)
        elif t is ast.Not:
            self.addop(op.UNARY_NOT, loc)
        else:
            self.addop(op.UNARY_NEGATIVE, loc)

    def expr_Lambda(self, e):
        args = e.args
        self.check_debug_args(args)
        loc = LOC(e)
        funcflags = self.default_arguments(loc, args)
        self.enter_scope("<lambda>", SCOPE_LAMBDA, e, e.lineno)
        u = self.u
        u.add_const(None)
        u.argcount = len(args.args)
        u.posonlyargcount = len(args.posonlyargs)
        u.kwonlyargcount = len(args.kwonlyargs)
        self.visit_expr(e.body)
        if u.ste.generator:
            co = self.optimize_and_assemble(False)
        else:
            self.addop(op.RETURN_VALUE, (e.lineno, e.lineno, 0, 0))
            co = self.optimize_and_assemble(True)
        self.exit_scope()
        self.make_closure(loc, co, funcflags)

    def expr_IfExp(self, e):
        end = self.new_label()
        next_ = self.new_label()
        self.jump_if(LOC(e), e.test, next_, False)
        self.visit_expr(e.body)
        self.addop_j(op.JUMP, end, NO_LOCATION)
        self.use_label(next_)
        self.visit_expr(e.orelse)
        self.use_label(end)

    def subdict(self, e, begin, end):
        n = end - begin
        big = n * 2 > STACK_USE_GUIDELINE
        loc = LOC(e)
        keys = e.keys[begin:end]
        if n > 1 and not big and all(is_const(k) for k in keys):
            for v in e.values[begin:end]:
                self.visit_expr(v)
            self.load_const(tuple(k.value for k in keys), loc)
            self.addop_i(op.BUILD_CONST_KEY_MAP, n, loc)
            return
        if big:
            self.addop_i(op.BUILD_MAP, 0, loc)
        for k, v in zip(keys, e.values[begin:end]):
            self.visit_expr(k)
            self.visit_expr(v)
            if big:
                self.addop_i(op.MAP_ADD, 1, loc)
        if not big:
            self.addop_i(op.BUILD_MAP, n, loc)

    def expr_Dict(self, e):
        loc = LOC(e)
        n = len(e.values)
        have_dict = False
        elements = 0
        for i in range(n):
            if e.keys[i] is None:
                if elements:
                    self.subdict(e, i - elements, i)
                    if have_dict:
                        self.addop_i(op.DICT_UPDATE, 1, loc)
                    have_dict = True
                    elements = 0
                if not have_dict:
                    self.addop_i(op.BUILD_MAP, 0, loc)
                    have_dict = True
                self.visit_expr(e.values[i])
                self.addop_i(op.DICT_UPDATE, 1, loc)
            else:
                if elements * 2 > STACK_USE_GUIDELINE:
                    self.subdict(e, i - elements, i + 1)
                    if have_dict:
                        self.addop_i(op.DICT_UPDATE, 1, loc)
                    have_dict = True
                    elements = 0
                else:
                    elements += 1
        if elements:
            self.subdict(e, n - elements, n)
            if have_dict:
                self.addop_i(op.DICT_UPDATE, 1, loc)
            have_dict = True
        if not have_dict:
            self.addop_i(op.BUILD_MAP, 0, loc)

    def starunpack_helper(self, loc, elts, pushed, build, add, extend, tuple_):
        n = len(elts)
        if n > 2 and all(is_const(x) for x in elts):
            folded = tuple(x.value for x in elts)
            if tuple_ and not pushed:
                self.load_const(folded, loc)
            else:
                if add == op.SET_ADD:
                    folded = frozenset(folded)
                self.addop_i(build, pushed, loc)
                self.load_const(folded, loc)
                self.addop_i(extend, 1, loc)
                if tuple_:
                    self.addop_i(op.CALL_INTRINSIC_1, INTRINSIC_1["INTRINSIC_LIST_TO_TUPLE"], loc)
            return
        big = n + pushed > STACK_USE_GUIDELINE
        seen_star = any(isinstance(x, ast.Starred) for x in elts)
        if not seen_star and not big:
            for x in elts:
                self.visit_expr(x)
            self.addop_i(op.BUILD_TUPLE if tuple_ else build, n + pushed, loc)
            return
        sequence_built = False
        if big:
            self.addop_i(build, pushed, loc)
            sequence_built = True
        for i, x in enumerate(elts):
            if isinstance(x, ast.Starred):
                if not sequence_built:
                    self.addop_i(build, i + pushed, loc)
                    sequence_built = True
                self.visit_expr(x.value)
                self.addop_i(extend, 1, loc)
            else:
                self.visit_expr(x)
                if sequence_built:
                    self.addop_i(add, 1, loc)
        if tuple_:
            self.addop_i(op.CALL_INTRINSIC_1, INTRINSIC_1["INTRINSIC_LIST_TO_TUPLE"], loc)

    def unpack_helper(self, loc, elts):
        n = len(elts)
        seen_star = False
        for i, elt in enumerate(elts):
            if isinstance(elt, ast.Starred) and not seen_star:
                if i >= (1 << 8) or n - i - 1 >= (0x7FFFFFFF >> 8):
                    self.error(loc, "too many expressions in star-unpacking assignment")
                self.addop_i(op.UNPACK_EX, i + ((n - i - 1) << 8), loc)
                seen_star = True
            elif isinstance(elt, ast.Starred):
                self.error(loc, "multiple starred expressions in assignment")
        if not seen_star:
            self.addop_i(op.UNPACK_SEQUENCE, n, loc)

    def assignment_helper(self, loc, elts):
        self.unpack_helper(loc, elts)
        for elt in elts:
            self.visit_expr(elt.value if isinstance(elt, ast.Starred) else elt)

    def expr_Set(self, e):
        self.starunpack_helper(LOC(e), e.elts, 0, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE,
                               False)

    def expr_List(self, e):
        loc = LOC(e)
        if isinstance(e.ctx, ast.Store):
            self.assignment_helper(loc, e.elts)
        elif isinstance(e.ctx, ast.Load):
            self.starunpack_helper(loc, e.elts, 0, op.BUILD_LIST, op.LIST_APPEND,
                                   op.LIST_EXTEND, False)
        else:
            for x in e.elts:
                self.visit_expr(x)

    def expr_Tuple(self, e):
        loc = LOC(e)
        if isinstance(e.ctx, ast.Store):
            self.assignment_helper(loc, e.elts)
        elif isinstance(e.ctx, ast.Load):
            self.starunpack_helper(loc, e.elts, 0, op.BUILD_LIST, op.LIST_APPEND,
                                   op.LIST_EXTEND, True)
        else:
            for x in e.elts:
                self.visit_expr(x)

    def expr_ListComp(self, e):
        self.comprehension(e, "list", "<listcomp>", e.generators, e.elt, None)

    def expr_SetComp(self, e):
        self.comprehension(e, "set", "<setcomp>", e.generators, e.elt, None)

    def expr_DictComp(self, e):
        self.comprehension(e, "dict", "<dictcomp>", e.generators, e.key, e.value)

    def expr_GeneratorExp(self, e):
        self.comprehension(e, "genexpr", "<genexpr>", e.generators, e.elt, None)

    def expr_Yield(self, e):
        loc = LOC(e)
        if not self.u.ste.is_function_like:
            self.error(loc, "'yield' outside function")
        if e.value is not None:
            self.visit_expr(e.value)
        else:
            self.load_const(None, loc)
        self.addop_yield(loc)

    def expr_YieldFrom(self, e):
        loc = LOC(e)
        if not self.u.ste.is_function_like:
            self.error(loc, "'yield' outside function")
        if self.u.scope_type == SCOPE_ASYNC_FUNCTION:
            self.error(loc, "'yield from' inside async function")
        self.visit_expr(e.value)
        self.addop(op.GET_YIELD_FROM_ITER, loc)
        self.load_const(None, loc)
        self.add_yield_from(loc, False)

    def expr_Await(self, e):
        loc = LOC(e)
        if not self.is_top_level_await():
            if not self.u.ste.is_function_like:
                self.error(loc, "'await' outside function")
            if self.u.scope_type not in (SCOPE_ASYNC_FUNCTION, SCOPE_COMPREHENSION):
                self.error(loc, "'await' outside async function")
        self.visit_expr(e.value)
        self.addop_i(op.GET_AWAITABLE, 0, loc)
        self.load_const(None, loc)
        self.add_yield_from(loc, True)

    def expr_Compare(self, e):
        loc = LOC(e)
        self.check_compare(e)
        self.visit_expr(e.left)
        n = len(e.ops) - 1
        if n == 0:
            self.visit_expr(e.comparators[0])
            self.addop_compare(loc, e.ops[0])
            return
        cleanup = self.new_label()
        for i in range(n):
            self.visit_expr(e.comparators[i])
            self.addop_i(op.SWAP, 2, loc)
            self.addop_i(op.COPY, 2, loc)
            self.addop_compare(loc, e.ops[i])
            self.addop_i(op.COPY, 1, loc)
            self.addop_j(op.POP_JUMP_IF_FALSE, cleanup, loc)
            self.addop(op.POP_TOP, loc)
        self.visit_expr(e.comparators[n])
        self.addop_compare(loc, e.ops[n])
        end = self.new_label()
        self.addop_j(op.JUMP, end, NO_LOCATION)
        self.use_label(cleanup)
        self.addop_i(op.SWAP, 2, loc)
        self.addop(op.POP_TOP, loc)
        self.use_label(end)

    def is_import_originated(self, e):
        if not isinstance(e, ast.Name):
            return False
        return bool(self.st.top.flags(e.id) & st.DEF_IMPORT)

    def can_optimize_super_call(self, attr):
        e = attr.value
        if (not isinstance(e, ast.Call) or not isinstance(e.func, ast.Name)
                or e.func.id != "super" or attr.attr == "__class__" or e.keywords):
            return False
        if self.u.ste.scope_of("super") != st.GLOBAL_IMPLICIT:
            return False
        if self.st.top.scope_of("super") != 0:
            return False
        nargs = len(e.args)
        if nargs == 2:
            return not any(isinstance(a, ast.Starred) for a in e.args)
        if nargs != 0:
            return False
        if self.u.argcount == 0 and self.u.posonlyargcount == 0:
            return False
        return self.get_ref_type("__class__") == st.FREE

    def load_args_for_super(self, e):
        loc = LOC(e)
        self.nameop(e.func.id, ast.Load, LOC(e.func))
        if len(e.args) == 2:
            self.visit_expr(e.args[0])
            self.visit_expr(e.args[1])
            return
        self.nameop("__class__", ast.Load, loc)
        first = next(iter(self.u.varnames))
        self.nameop(first, ast.Load, loc)

    def update_start_location_to_match_attr(self, loc, attr):
        lineno, end_lineno, col, end_col = loc
        if lineno != attr.end_lineno:
            lineno = attr.end_lineno
            length = len(attr.attr)
            if length <= attr.end_col_offset:
                col = attr.end_col_offset - length
            else:
                col = -1
                end_col = -1
            end_lineno = max(lineno, end_lineno)
            if lineno == end_lineno:
                end_col = max(col, end_col)
        return (lineno, end_lineno, col, end_col)

    def maybe_optimize_method_call(self, e):
        meth = e.func
        args = e.args
        kwds = e.keywords
        if not isinstance(meth, ast.Attribute) or not isinstance(meth.ctx, ast.Load):
            return False
        if self.is_import_originated(meth.value):
            return False
        argsl = len(args)
        kwdsl = len(kwds)
        if argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE:
            return False
        if any(isinstance(a, ast.Starred) for a in args):
            return False
        if any(k.arg is None for k in kwds):
            return False
        loc = LOC(meth)
        if self.can_optimize_super_call(meth):
            self.load_args_for_super(meth.value)
            opcode = op.LOAD_SUPER_METHOD if meth.value.args else op.LOAD_ZERO_SUPER_METHOD
            self.addop_name(opcode, meth.attr, self.u.names, loc)
            loc = self.update_start_location_to_match_attr(loc, meth)
            self.addop(op.NOP, loc)
        else:
            self.visit_expr(meth.value)
            loc = self.update_start_location_to_match_attr(loc, meth)
            self.addop_name(op.LOAD_METHOD, meth.attr, self.u.names, loc)
        for a in args:
            self.visit_expr(a)
        if kwdsl:
            for k in kwds:
                self.visit_expr(k.value)
            self.call_simple_kw_helper(loc, kwds)
        loc = self.update_start_location_to_match_attr(LOC(e), meth)
        self.addop_i(op.CALL, argsl + kwdsl, loc)
        return True

    def validate_keywords(self, keywords):
        seen = set()
        for k in keywords:
            if k.arg is None:
                continue
            self.forbidden_name(k.arg, ast.Store, LOC(k))
            if k.arg in seen:
                self.error(LOC(k), "keyword argument repeated: %s" % k.arg)
            seen.add(k.arg)

    def expr_Call(self, e):
        self.validate_keywords(e.keywords)
        if self.maybe_optimize_method_call(e):
            return
        self.check_caller(e.func)
        self.addop(op.PUSH_NULL, LOC(e.func))
        self.visit_expr(e.func)
        self.call_helper(LOC(e), 0, e.args, e.keywords)

    def check_caller(self, e):
        if isinstance(e, (ast.Constant, ast.Tuple, ast.List, ast.ListComp, ast.Dict,
                          ast.DictComp, ast.Set, ast.SetComp, ast.GeneratorExp,
                          ast.JoinedStr, ast.FormattedValue)):
            self.warn(LOC(e), "'%s' object is not callable; perhaps you missed a comma?"
                      % infer_type_name(e))

    def call_simple_kw_helper(self, loc, keywords):
        names = tuple(k.arg for k in keywords)
        arg = self.u.add_const(self.merge_const(names))
        self.addop_i(op.KW_NAMES, arg, loc)

    def subkwargs(self, loc, keywords, begin, end):
        n = end - begin
        big = n * 2 > STACK_USE_GUIDELINE
        kws = keywords[begin:end]
        if n > 1 and not big:
            for k in kws:
                self.visit_expr(k.value)
            self.load_const(tuple(k.arg for k in kws), loc)
            self.addop_i(op.BUILD_CONST_KEY_MAP, n, loc)
            return
        if big:
            self.addop_i(op.BUILD_MAP, 0, NO_LOCATION)
        for k in kws:
            self.load_const(k.arg, loc)
            self.visit_expr(k.value)
            if big:
                self.addop_i(op.MAP_ADD, 1, NO_LOCATION)
        if not big:
            self.addop_i(op.BUILD_MAP, n, loc)

    def call_helper(self, loc, n, args, keywords):
        self.validate_keywords(keywords)
        nelts = len(args)
        nkwelts = len(keywords)
        if (nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
                and not any(isinstance(a, ast.Starred) for a in args)
                and not any(k.arg is None for k in keywords)):
            for a in args:
                self.visit_expr(a)
            if nkwelts:
                for k in keywords:
                    self.visit_expr(k.value)
                self.call_simple_kw_helper(loc, keywords)
            self.addop_i(op.CALL, n + nelts + nkwelts, loc)
            return
        if n == 0 and nelts == 1 and isinstance(args[0], ast.Starred):
            self.visit_expr(args[0].value)
        else:
            self.starunpack_helper(loc, args, n, op.BUILD_LIST, op.LIST_APPEND,
                                   op.LIST_EXTEND, True)
        if nkwelts:
            have_dict = False
            nseen = 0
            for i, kw in enumerate(keywords):
                if kw.arg is None:
                    if nseen:
                        self.subkwargs(loc, keywords, i - nseen, i)
                        if have_dict:
                            self.addop_i(op.DICT_MERGE, 1, loc)
                        have_dict = True
                        nseen = 0
                    if not have_dict:
                        self.addop_i(op.BUILD_MAP, 0, loc)
                        have_dict = True
                    self.visit_expr(kw.value)
                    self.addop_i(op.DICT_MERGE, 1, loc)
                else:
                    nseen += 1
            if nseen:
                self.subkwargs(loc, keywords, nkwelts - nseen, nkwelts)
                if have_dict:
                    self.addop_i(op.DICT_MERGE, 1, loc)
                have_dict = True
        self.addop_i(op.CALL_FUNCTION_EX, 1 if nkwelts > 0 else 0, loc)

    def expr_FormattedValue(self, e):
        self.visit_expr(e.value)
        conversion = e.conversion
        oparg = {-1: 0, ord("s"): 1, ord("r"): 2, ord("a"): 3}[conversion]
        if e.format_spec is not None:
            self.visit_expr(e.format_spec)
            oparg |= 4
        self.addop_i(op.FORMAT_VALUE, oparg, LOC(e))

    def expr_JoinedStr(self, e):
        loc = LOC(e)
        values = e.values
        if len(values) > STACK_USE_GUIDELINE:
            self.load_const("", loc)
            self.addop_name(op.LOAD_METHOD, "join", self.u.names, loc)
            self.addop_i(op.BUILD_LIST, 0, loc)
            for v in values:
                self.visit_expr(v)
                self.addop_i(op.LIST_APPEND, 1, loc)
            self.addop_i(op.CALL, 1, loc)
        else:
            for v in values:
                self.visit_expr(v)
            if len(values) != 1:
                self.addop_i(op.BUILD_STRING, len(values), loc)

    def expr_Constant(self, e):
        self.load_const(e.value, LOC(e))

    def expr_Attribute(self, e):
        loc = LOC(e)
        if isinstance(e.ctx, ast.Load) and self.can_optimize_super_call(e):
            self.load_args_for_super(e.value)
            opcode = op.LOAD_SUPER_ATTR if e.value.args else op.LOAD_ZERO_SUPER_ATTR
            self.addop_name(opcode, e.attr, self.u.names, loc)
            loc = self.update_start_location_to_match_attr(loc, e)
            self.addop(op.NOP, loc)
            return
        self.visit_expr(e.value)
        loc = self.update_start_location_to_match_attr(LOC(e), e)
        if isinstance(e.ctx, ast.Load):
            self.addop_name(op.LOAD_ATTR, e.attr, self.u.names, loc)
        elif isinstance(e.ctx, ast.Store):
            self.forbidden_name(e.attr, ast.Store, loc)
            self.addop_name(op.STORE_ATTR, e.attr, self.u.names, loc)
        else:
            self.addop_name(op.DELETE_ATTR, e.attr, self.u.names, loc)

    def expr_Subscript(self, e):
        loc = LOC(e)
        ctx = type(e.ctx)
        if ctx is ast.Load:
            self.check_subscripter(e.value)
            self.check_index(e.value, e.slice)
        self.visit_expr(e.value)
        if is_two_element_slice(e.slice) and ctx is not ast.Del:
            self.slice(e.slice)
            self.addop(op.BINARY_SLICE if ctx is ast.Load else op.STORE_SLICE, loc)
        else:
            self.visit_expr(e.slice)
            self.addop({ast.Load: op.BINARY_SUBSCR, ast.Store: op.STORE_SUBSCR,
                        ast.Del: op.DELETE_SUBSCR}[ctx], loc)

    def check_subscripter(self, e):
        if isinstance(e, ast.Constant):
            v = e.value
            if not (v is None or v is Ellipsis or isinstance(v, (int, float, complex,
                                                                 frozenset))):
                return
        elif not isinstance(e, (ast.Set, ast.SetComp, ast.GeneratorExp, ast.Lambda)):
            return
        self.warn(LOC(e), "'%s' object is not subscriptable; perhaps you missed a comma?"
                  % infer_type_name(e))

    def check_index(self, e, s):
        index_type = infer_type_name(s)
        if index_type is None or index_type in ("int", "bool", "slice"):
            return
        if isinstance(e, ast.Constant):
            if not isinstance(e.value, (str, bytes, tuple)):
                return
        elif not isinstance(e, (ast.Tuple, ast.List, ast.ListComp, ast.JoinedStr,
                                ast.FormattedValue)):
            return
        self.warn(LOC(e), "%s indices must be integers or slices, not %s; perhaps you "
                  "missed a comma?" % (infer_type_name(e), index_type))

    def slice(self, s):
        n = 2
        if s.lower is not None:
            self.visit_expr(s.lower)
        else:
            self.load_const(None, LOC(s))
        if s.upper is not None:
            self.visit_expr(s.upper)
        else:
            self.load_const(None, LOC(s))
        if s.step is not None:
            n += 1
            self.visit_expr(s.step)
        return n

    def expr_Slice(self, e):
        n = self.slice(e)
        self.addop_i(op.BUILD_SLICE, n, LOC(e))

    def expr_Starred(self, e):
        if isinstance(e.ctx, ast.Store):
            self.error(LOC(e), "starred assignment target must be in a list or tuple")
        self.error(LOC(e), "can't use starred expression here")

    def expr_Name(self, e):
        self.nameop(e.id, type(e.ctx), LOC(e))

    # -- comprehensions -------------------------------------------------------------------
    def comprehension(self, e, kind, name, generators, elt, val):
        from snakevm.compiler.comprehensions import compile_comprehension
        compile_comprehension(self, e, kind, name, generators, elt, val)
