"""Scope analysis: which names are local, global, free or cell in each scope.

Mirrors CPython 3.12's Python/symtable.c: a first pass records, per block
(module, class, function, lambda, comprehension, type-parameter scopes), how
each name is used (flags such as DEF_LOCAL, USE, DEF_PARAM); a second pass
(``analyze``) resolves every name to a scope (LOCAL, GLOBAL_EXPLICIT,
GLOBAL_IMPLICIT, FREE, CELL), handles class scopes and the implicit
``__class__``/``__classdict__`` cells, and inlines list/set/dict
comprehensions into their parent scope (PEP 709).
"""

import ast

from snakevm.compiler.errors import syntax_error

DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL = 1, 2, 4, 8
USE, DEF_FREE, DEF_FREE_CLASS, DEF_IMPORT = 16, 32, 64, 128
DEF_ANNOT, DEF_COMP_ITER, DEF_TYPE_PARAM, DEF_COMP_CELL = 256, 512, 1024, 2048
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT
SCOPE_OFFSET, SCOPE_MASK = 12, 0xF
LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5

FunctionBlock, ClassBlock, ModuleBlock = "function", "class", "module"
AnnotationBlock, TypeVarBoundBlock = "annotation", "typevarbound"
TypeAliasBlock, TypeParamBlock = "typealias", "typeparam"
FUNCTION_LIKE = (FunctionBlock, TypeVarBoundBlock, TypeAliasBlock, TypeParamBlock)
_NOT_ALLOWED_WITHIN = {AnnotationBlock: "an annotation", TypeVarBoundBlock: "a TypeVar bound",
                       TypeAliasBlock: "a type alias",
                       TypeParamBlock: "the definition of a generic"}
_NAMEDEXPR_NOT_ALLOWED = {TypeVarBoundBlock: "in a TypeVar bound", TypeAliasBlock: "in a type alias",
                          TypeParamBlock: "within the definition of a generic"}

CO_FUTURE_ANNOTATIONS = 0x1000000
_LEAVES = (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)


def mangle(private, name):
    if (private is None or not name.startswith("__") or name.endswith("__")
            or "." in name):
        return name
    stripped = private.lstrip("_")
    if not stripped:
        return name
    return "_" + stripped + name


def maybe_mangle(private, scope, name):
    if scope.mangled_names is not None and name not in scope.mangled_names:
        return name
    return mangle(private, name)


def _loc(node):
    """(lineno, col_offset, end_lineno, end_col_offset) of a node, ends defaulting to starts."""
    end_lineno = getattr(node, "end_lineno", None)
    end_col = getattr(node, "end_col_offset", None)
    return (node.lineno, node.col_offset,
            end_lineno if end_lineno is not None else node.lineno,
            end_col if end_col is not None else node.col_offset)


class Scope:
    """One symbol-table entry (CPython's PySTEntryObject)."""

    def __init__(self, name, kind, node, lineno, parent):
        self.name = name
        self.type = kind
        self.node = node
        self.lineno = lineno
        self.symbols = {}
        self.varnames = []
        self.children = []
        self.directives = {}
        self.nested = bool(parent and (parent.nested or parent.type in FUNCTION_LIKE))
        self.generator = False
        self.coroutine = False
        self.comprehension = None       # "list"/"set"/"dict"/"genexpr"
        self.varargs = self.varkeywords = False
        self.returns_value = False
        self.needs_class_closure = False
        self.needs_classdict = False
        self.comp_inlined = False
        self.comp_iter_target = False
        self.comp_iter_expr = parent.comp_iter_expr if parent else 0
        self.can_see_class_scope = False
        self.free = False
        self.child_free = False
        self.mangled_names = None

    @property
    def is_function_like(self):
        return self.type in FUNCTION_LIKE

    def flags(self, name):
        return self.symbols.get(name, 0)

    def scope_of(self, name):
        return (self.symbols.get(name, 0) >> SCOPE_OFFSET) & SCOPE_MASK

    def __repr__(self):
        return "<Scope %s %s>" % (self.type, self.name)


class SymbolTable:
    def __init__(self, filename, future_features, top_level_await=False):
        self.filename = filename
        self.future = future_features
        self.top_level_await = top_level_await
        self.by_node = {}
        self.stack = []
        self.cur = None
        self.top = None
        self.globals = None
        self.private = None
        self._dispatch = {}

    # -- building -------------------------------------------------------------
    def lookup(self, node):
        return self.by_node[id(node)]

    def enter(self, name, kind, node, lineno):
        prev = self.cur
        scope = Scope(name, kind, node, lineno, prev)
        self.stack.append(scope)
        self.cur = scope
        if kind == AnnotationBlock:
            return scope
        self.by_node[id(node)] = scope
        if kind == ModuleBlock:
            self.globals = scope.symbols
            self.top = scope
        if prev is not None:
            prev.children.append(scope)
        return scope

    def exit(self):
        self.stack.pop()
        self.cur = self.stack[-1] if self.stack else None

    def error(self, msg, node=None, loc=None):
        if loc is None:
            loc = _loc(node)
        lineno, col, end_lineno, end_col = loc
        raise syntax_error(msg, self.filename, lineno, col + 1, end_lineno, end_col + 1)

    def add_def(self, name, flag, node=None, scope=None, loc=None):
        scope = scope or self.cur
        if flag & DEF_TYPE_PARAM and scope.mangled_names is not None:
            scope.mangled_names.add(name)
        if scope.mangled_names is not None and name not in scope.mangled_names:
            mangled = name
        else:
            mangled = mangle(self.private, name)
        val = scope.symbols.get(mangled)
        if val is not None:
            if flag & DEF_PARAM and val & DEF_PARAM:
                self.error("duplicate argument '%s' in function definition" % name, node, loc)
            if flag & DEF_TYPE_PARAM and val & DEF_TYPE_PARAM:
                self.error("duplicate type parameter '%s'" % name, node, loc)
            val |= flag
        else:
            val = flag
        if scope.comp_iter_target:
            if val & (DEF_GLOBAL | DEF_NONLOCAL):
                self.error("comprehension inner loop cannot rebind assignment "
                           "expression target '%s'" % name, node, loc)
            val |= DEF_COMP_ITER
        scope.symbols[mangled] = val
        if flag & DEF_PARAM:
            scope.varnames.append(mangled)
        elif flag & DEF_GLOBAL:
            self.globals[mangled] = flag | self.globals.get(mangled, 0)

    def record_directive(self, name, node):
        self.cur.directives.setdefault(mangle(self.private, name), _loc(node))

    # -- visitors -------------------------------------------------------------
    def build(self, tree):
        self.enter("top", ModuleBlock, tree, 0)
        if isinstance(tree, ast.Expression):
            self.visit(tree.body)
        else:
            for stmt in tree.body:
                self.visit(stmt)
        self.exit()
        analyze(self)
        return self.top

    def visit(self, node):
        cls = type(node)
        method = self._dispatch.get(cls)
        if method is None:
            method = getattr(type(self), "visit_" + cls.__name__, SymbolTable.generic_visit)
            self._dispatch[cls] = method
        return method(self, node)

    def visit_seq(self, nodes):
        for n in nodes:
            if n is not None:
                self.visit(n)

    def generic_visit(self, node):
        visit = self.visit
        for field in node._fields:
            value = getattr(node, field, None)
            if type(value) is list:
                for item in value:
                    if isinstance(item, ast.AST):
                        visit(item)
            elif isinstance(value, ast.AST) and not isinstance(value, _LEAVES):
                visit(value)

    def _ignore(self, node):
        pass

    visit_Load = visit_Store = visit_Del = _ignore

    def visit_FunctionDef(self, node, is_async=False):
        self.add_def(node.name, DEF_LOCAL, node)
        args = node.args
        self.visit_seq(args.defaults)
        self.visit_seq(args.kw_defaults)
        self.visit_seq(node.decorator_list)
        type_params = getattr(node, "type_params", None)
        if type_params:
            self.enter_type_param_block(node.name, type_params, node, True,
                                        any(d is not None for d in args.kw_defaults), False)
            self.visit_seq(type_params)
        self.visit_annotations(node, args, node.returns)
        scope = self.enter(node.name, FunctionBlock, node, node.lineno)
        if is_async:
            scope.coroutine = True
        self.visit_arguments(args)
        self.visit_seq(node.body)
        self.exit()
        if type_params:
            self.exit()

    def visit_AsyncFunctionDef(self, node):
        self.visit_FunctionDef(node, is_async=True)

    def visit_annotations(self, node, args, returns):
        future = self.future & CO_FUTURE_ANNOTATIONS
        if future:
            self.enter("_annotation", AnnotationBlock, node, node.lineno)
        for a in args.posonlyargs + args.args:
            if a.annotation:
                self.visit(a.annotation)
        if args.vararg and args.vararg.annotation:
            self.visit(args.vararg.annotation)
        if args.kwarg and args.kwarg.annotation:
            self.visit(args.kwarg.annotation)
        for a in args.kwonlyargs:
            if a.annotation:
                self.visit(a.annotation)
        if future:
            self.exit()
        if returns:
            self.visit_annotation(returns)

    def visit_annotation(self, annotation):
        future = self.future & CO_FUTURE_ANNOTATIONS
        if future:
            self.enter("_annotation", AnnotationBlock, annotation, annotation.lineno)
        self.visit(annotation)
        if future:
            self.exit()

    def visit_arguments(self, a):
        for arg in a.posonlyargs + a.args + a.kwonlyargs:
            self.add_def(arg.arg, DEF_PARAM, arg)
        if a.vararg:
            self.add_def(a.vararg.arg, DEF_PARAM, a.vararg)
            self.cur.varargs = True
        if a.kwarg:
            self.add_def(a.kwarg.arg, DEF_PARAM, a.kwarg)
            self.cur.varkeywords = True

    def enter_type_param_block(self, name, type_params, node, has_defaults, has_kwdefaults,
                               is_class):
        current_type = self.cur.type
        self.enter(name, TypeParamBlock, type_params_key(node), node.lineno)
        if current_type == ClassBlock:
            self.cur.can_see_class_scope = True
            self.add_def("__classdict__", USE, node)
        if is_class:
            self.add_def(".type_params", DEF_LOCAL, node)
            self.add_def(".type_params", USE, node)
            self.private = name
            self.add_def(".generic_base", DEF_LOCAL, node)
            self.add_def(".generic_base", USE, node)
        if has_defaults:
            self.add_def(".defaults", DEF_PARAM, node)
        if has_kwdefaults:
            self.add_def(".kwdefaults", DEF_PARAM, node)

    def visit_TypeVar(self, tp):
        self.add_def(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp)
        if tp.bound:
            in_class = self.cur.can_see_class_scope
            scope = self.enter(tp.name, TypeVarBoundBlock, tp, tp.lineno)
            scope.can_see_class_scope = in_class
            if in_class:
                self.add_def("__classdict__", USE, tp.bound)
            self.visit(tp.bound)
            self.exit()

    def visit_TypeVarTuple(self, tp):
        self.add_def(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp)

    def visit_ParamSpec(self, tp):
        self.add_def(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp)

    def visit_TypeAlias(self, node):
        self.visit(node.name)
        name = node.name.id
        in_class = self.cur.type == ClassBlock
        if node.type_params:
            self.enter_type_param_block(name, node.type_params, node, False, False, False)
            self.visit_seq(node.type_params)
        scope = self.enter(name, TypeAliasBlock, node, node.lineno)
        scope.can_see_class_scope = in_class
        if in_class:
            self.add_def("__classdict__", USE, node.value)
        self.visit(node.value)
        self.exit()
        if node.type_params:
            self.exit()

    def visit_ClassDef(self, node):
        self.add_def(node.name, DEF_LOCAL, node)
        self.visit_seq(node.decorator_list)
        saved_private = self.private
        type_params = getattr(node, "type_params", None)
        if type_params:
            self.enter_type_param_block(node.name, type_params, node, False, False, True)
            self.private = node.name
            self.cur.mangled_names = set()
            self.visit_seq(type_params)
        self.visit_seq(node.bases)
        self.visit_seq(node.keywords)
        self.enter(node.name, ClassBlock, node, node.lineno)
        self.private = node.name
        if type_params:
            self.add_def("__type_params__", DEF_LOCAL, node)
            self.add_def(".type_params", USE, node)
        self.visit_seq(node.body)
        self.exit()
        if type_params:
            self.exit()
        self.private = saved_private

    def visit_Return(self, node):
        if node.value is not None:
            self.visit(node.value)
            self.cur.returns_value = True

    def visit_AnnAssign(self, node):
        target = node.target
        if isinstance(target, ast.Name):
            cur = self.cur.flags(mangle(self.private, target.id))
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) and self.cur.symbols is not self.globals \
                    and node.simple:
                msg = ("annotated name '%s' can't be global" if cur & DEF_GLOBAL
                       else "annotated name '%s' can't be nonlocal")
                self.error(msg % target.id, node)
            if node.simple:
                self.add_def(target.id, DEF_ANNOT | DEF_LOCAL, target)
            elif node.value is not None:
                self.add_def(target.id, DEF_LOCAL, target)
        else:
            self.visit(target)
        self.visit_annotation(node.annotation)
        if node.value is not None:
            self.visit(node.value)

    def visit_Import(self, node):
        for alias in node.names:
            self.visit_alias(alias, node)

    def visit_ImportFrom(self, node):
        for alias in node.names:
            self.visit_alias(alias, node)

    def visit_alias(self, alias, stmt):
        name = alias.asname or alias.name
        if name == "*":
            if self.cur.type != ModuleBlock:
                self.error("import * only allowed at module level", alias)
            return
        if alias.asname is None:
            name = name.split(".")[0]
        self.add_def(name, DEF_IMPORT, alias)

    def _global_like(self, node, flag, word):
        for name in node.names:
            cur = self.cur.flags(mangle(self.private, name))
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if cur & DEF_PARAM:
                    msg = "name '%s' is parameter and " + word
                elif cur & USE:
                    msg = "name '%s' is used prior to " + word + " declaration"
                elif cur & DEF_ANNOT:
                    msg = "annotated name '%s' can't be " + word
                else:
                    msg = "name '%s' is assigned to before " + word + " declaration"
                self.error(msg % name, node)
            self.add_def(name, flag, node)
            self.record_directive(name, node)

    def visit_Global(self, node):
        self._global_like(node, DEF_GLOBAL, "global")

    def visit_Nonlocal(self, node):
        self._global_like(node, DEF_NONLOCAL, "nonlocal")

    def visit_ExceptHandler(self, node):
        if node.type is not None:
            self.visit(node.type)
        if node.name:
            self.add_def(node.name, DEF_LOCAL, node)
        self.visit_seq(node.body)

    # patterns
    def visit_MatchAs(self, node):
        if node.pattern is not None:
            self.visit(node.pattern)
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL, node)

    def visit_MatchStar(self, node):
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL, node)

    def visit_MatchMapping(self, node):
        self.visit_seq(node.keys)
        self.visit_seq(node.patterns)
        if node.rest is not None:
            self.add_def(node.rest, DEF_LOCAL, node)

    # expressions
    def visit_NamedExpr(self, node):
        self._annotation_check("named expression", node)
        if self.cur.comp_iter_expr > 0:
            self.error("assignment expression cannot be used in a comprehension "
                       "iterable expression", node)
        if self.cur.comprehension:
            self.extend_namedexpr_scope(node.target)
        self.visit(node.value)
        self.visit(node.target)

    def extend_namedexpr_scope(self, target):
        name = target.id
        for scope in reversed(self.stack):
            if scope.comprehension:
                if scope.flags(name) & DEF_COMP_ITER:
                    self.error("assignment expression cannot rebind comprehension "
                               "iteration variable '%s'" % name, target)
                continue
            if scope.type == FunctionBlock:
                if scope.flags(name) & DEF_GLOBAL:
                    self.add_def(name, DEF_GLOBAL, target)
                else:
                    self.add_def(name, DEF_NONLOCAL, target)
                self.record_directive(name, target)
                self.add_def(name, DEF_LOCAL, target, scope=scope)
                return
            if scope.type == ModuleBlock:
                self.add_def(name, DEF_GLOBAL, target)
                self.record_directive(name, target)
                self.add_def(name, DEF_GLOBAL, target, scope=scope)
                return
            if scope.type == ClassBlock:
                self.error("assignment expression within a comprehension cannot be used "
                           "in a class body", target)
            if scope.type in (TypeParamBlock, TypeAliasBlock, TypeVarBoundBlock):
                self.error("assignment expression within a comprehension cannot be used %s"
                           % _NAMEDEXPR_NOT_ALLOWED[scope.type], target)

    def visit_Lambda(self, node):
        if self.cur.can_see_class_scope:            # gh-109118
            self.error("Cannot use lambda in annotation scope within class scope", node)
        self.visit_seq(node.args.defaults)
        self.visit_seq(node.args.kw_defaults)
        self.enter("lambda", FunctionBlock, node, node.lineno)
        self.visit_arguments(node.args)
        self.visit(node.body)
        self.exit()

    def _annotation_check(self, what, node):
        where = _NOT_ALLOWED_WITHIN.get(self.cur.type)
        if where is not None:
            self.error("%s cannot be used within %s" % (what, where), node)

    def _comprehension_check(self, node):
        kind = {"list": "list comprehension", "set": "set comprehension",
                "dict": "dict comprehension", "genexpr": "generator expression"}
        if self.cur.comprehension:
            self.error("'yield' inside %s" % kind[self.cur.comprehension], node)

    def visit_Yield(self, node):
        self._annotation_check("yield expression", node)
        if node.value is not None:
            self.visit(node.value)
        self.cur.generator = True
        self._comprehension_check(node)

    def visit_YieldFrom(self, node):
        self._annotation_check("yield expression", node)
        self.visit(node.value)
        self.cur.generator = True
        self._comprehension_check(node)

    def visit_Await(self, node):
        self._annotation_check("await expression", node)
        self.visit(node.value)
        self.cur.coroutine = True

    def visit_Name(self, node):
        self.add_def(node.id, USE if isinstance(node.ctx, ast.Load) else DEF_LOCAL, node)
        if (isinstance(node.ctx, ast.Load) and self.cur.is_function_like
                and node.id == "super"):
            self.add_def("__class__", USE, node)

    def visit_ListComp(self, node):
        self.handle_comprehension(node, "listcomp", "list", node.generators, node.elt, None)

    def visit_SetComp(self, node):
        self.handle_comprehension(node, "setcomp", "set", node.generators, node.elt, None)

    def visit_DictComp(self, node):
        self.handle_comprehension(node, "dictcomp", "dict", node.generators, node.key,
                                  node.value)

    def visit_GeneratorExp(self, node):
        self.handle_comprehension(node, "genexpr", "genexpr", node.generators, node.elt, None)

    def handle_comprehension(self, node, name, kind, generators, elt, value):
        if self.cur.can_see_class_scope:            # gh-109118
            self.error("Cannot use comprehension in annotation scope within class scope", node)
        is_generator = kind == "genexpr"
        outermost = generators[0]
        self.cur.comp_iter_expr += 1
        self.visit(outermost.iter)
        self.cur.comp_iter_expr -= 1
        scope = self.enter(name, FunctionBlock, node, node.lineno)
        scope.comprehension = kind
        if outermost.is_async:
            scope.coroutine = True
        self.add_def(".0", DEF_PARAM, node)
        scope.comp_iter_target = True
        self.visit(outermost.target)
        scope.comp_iter_target = False
        self.visit_seq(outermost.ifs)
        for gen in generators[1:]:
            scope.comp_iter_target = True
            self.visit(gen.target)
            scope.comp_iter_target = False
            scope.comp_iter_expr += 1
            self.visit(gen.iter)
            scope.comp_iter_expr -= 1
            self.visit_seq(gen.ifs)
            if gen.is_async:
                scope.coroutine = True
        if value is not None:
            self.visit(value)
        self.visit(elt)
        scope.generator = is_generator
        is_async = scope.coroutine and not is_generator
        self.exit()
        if (is_async and not isinstance(self.cur.node, ast.AsyncFunctionDef)
                and not self.cur.comprehension and not self.allows_top_level_await()):
            self.error("asynchronous comprehension outside of an asynchronous function", node)
        if is_async:
            self.cur.coroutine = True

    def allows_top_level_await(self):
        return self.top_level_await and self.cur.type == ModuleBlock


def type_params_key(node):
    """The AST object the type-parameter scope of ``node`` is keyed by."""
    return node.type_params


# -- analysis -----------------------------------------------------------------

def analyze(table):
    top = table.top
    analyze_block(table, top, None, set(), set(), set(), None)


def _error_at_directive(table, scope, name, msg):
    loc = scope.directives.get(name)
    if loc is None:
        raise syntax_error(msg, table.filename, scope.lineno, 1)
    lineno, col, end_lineno, end_col = loc
    raise syntax_error(msg, table.filename, lineno, col + 1, end_lineno, end_col + 1)


def analyze_name(table, ste, scopes, name, flags, bound, local, free, global_, type_params,
                 class_entry):
    if flags & DEF_GLOBAL:
        if flags & DEF_NONLOCAL:
            _error_at_directive(table, ste, name, "name '%s' is nonlocal and global" % name)
        scopes[name] = GLOBAL_EXPLICIT
        global_.add(name)
        if bound is not None:
            bound.discard(name)
        return
    if flags & DEF_NONLOCAL:
        if bound is None:
            _error_at_directive(table, ste, name,
                                "nonlocal declaration not allowed at module level")
        if name not in bound:
            _error_at_directive(table, ste, name, "no binding for nonlocal '%s' found" % name)
        if name in type_params:
            _error_at_directive(table, ste, name,
                                "nonlocal binding not allowed for type parameter '%s'" % name)
        scopes[name] = FREE
        ste.free = True
        free.add(name)
        return
    if flags & DEF_BOUND:
        scopes[name] = LOCAL
        local.add(name)
        global_.discard(name)
        if flags & DEF_TYPE_PARAM:
            type_params.add(name)
        else:
            type_params.discard(name)
        return
    if class_entry is not None:
        class_flags = class_entry.flags(name)
        if class_flags & DEF_GLOBAL:
            scopes[name] = GLOBAL_EXPLICIT
            return
        if class_flags & DEF_BOUND and not class_flags & DEF_NONLOCAL:
            scopes[name] = GLOBAL_IMPLICIT
            return
    if bound is not None and name in bound:
        scopes[name] = FREE
        ste.free = True
        free.add(name)
        return
    if global_ is not None and name in global_:
        scopes[name] = GLOBAL_IMPLICIT
        return
    if ste.nested:
        ste.free = True
    scopes[name] = GLOBAL_IMPLICIT


def is_free_in_any_child(entry, name):
    for child in entry.children:
        if (child.flags(name) >> SCOPE_OFFSET) & SCOPE_MASK == FREE:
            return True
    return False


def inline_comprehension(ste, comp, scopes, comp_free, inlined_cells):
    remove_dunder_class = False
    for name, comp_flags in list(comp.symbols.items()):
        if comp_flags & DEF_PARAM:
            continue
        scope = (comp_flags >> SCOPE_OFFSET) & SCOPE_MASK
        only_flags = comp_flags & ((1 << SCOPE_OFFSET) - 1)
        if scope == CELL or only_flags & DEF_COMP_CELL:
            inlined_cells.add(name)
        existing = ste.symbols.get(name)
        if scope == FREE and ste.type == ClassBlock and name == "__class__":
            scope = GLOBAL_IMPLICIT
            comp_free.discard(name)
            remove_dunder_class = True
        if existing is None:
            ste.symbols[name] = only_flags
            scopes[name] = scope
        else:
            if (existing & DEF_BOUND and not is_free_in_any_child(comp, name)
                    and ste.type != ClassBlock):
                comp_free.discard(name)
    comp.free = len(comp_free) > 0
    if remove_dunder_class:
        del comp.symbols["__class__"]


def analyze_block(table, ste, bound, free, global_, type_params, class_entry):
    local = set()
    scopes = {}
    newglobal = set()
    newfree = set()
    newbound = set()
    inlined_cells = set()
    if ste.type == ClassBlock:
        newglobal |= global_
        if bound is not None:
            newbound |= bound
    for name, flags in list(ste.symbols.items()):
        analyze_name(table, ste, scopes, name, flags, bound, local, free, global_,
                     type_params, class_entry)
    if ste.type != ClassBlock:
        if ste.is_function_like:
            newbound |= local
        if bound is not None:
            newbound |= bound
        newglobal |= global_
    else:
        newbound.add("__class__")
        newbound.add("__classdict__")
    for entry in list(ste.children):
        new_class_entry = None
        if entry.can_see_class_scope:
            if ste.type == ClassBlock:
                new_class_entry = ste
            elif class_entry is not None:
                new_class_entry = class_entry
        inline_comp = (entry.comprehension and not entry.generator
                       and not ste.can_see_class_scope)
        child_free = set()
        analyze_block(table, entry, set(newbound), child_free, set(newglobal),
                      set(type_params), new_class_entry)
        if inline_comp:
            inline_comprehension(ste, entry, scopes, child_free, inlined_cells)
            entry.comp_inlined = True
        newfree |= child_free
        if entry.free or entry.child_free:
            ste.child_free = True
    new_children = []
    for entry in ste.children:
        if entry.comp_inlined:
            new_children.extend(entry.children)
        else:
            new_children.append(entry)
    ste.children = new_children
    if ste.is_function_like:
        for name, scope in list(scopes.items()):
            if scope != LOCAL:
                continue
            if name in newfree or name in inlined_cells:
                scopes[name] = CELL
                newfree.discard(name)
    elif ste.type == ClassBlock:
        if "__class__" in newfree:
            newfree.discard("__class__")
            ste.needs_class_closure = True
        if "__classdict__" in newfree:
            newfree.discard("__classdict__")
            ste.needs_classdict = True
    update_symbols(ste.symbols, scopes, bound, newfree, inlined_cells,
                   ste.type == ClassBlock or ste.can_see_class_scope)
    free |= newfree


def update_symbols(symbols, scopes, bound, free, inlined_cells, classflag):
    for name, flags in list(symbols.items()):
        if name in inlined_cells:
            flags |= DEF_COMP_CELL
        scope = scopes[name]
        symbols[name] = flags | (scope << SCOPE_OFFSET)
    for name in free:
        v = symbols.get(name)
        if v is not None:
            if classflag:
                symbols[name] = v | DEF_FREE_CLASS
            continue
        if bound is not None and name not in bound:
            continue
        symbols[name] = FREE << SCOPE_OFFSET


def build_symtable(tree, filename, future_features, top_level_await=False):
    table = SymbolTable(filename, future_features, top_level_await)
    table.build(tree)
    return table
