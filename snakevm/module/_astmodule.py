"""_ast: the guest's AST node classes, and the conversions at the boundary
between guest ASTs and the host ``ast`` trees snakevm's compiler consumes.

The classes are ordinary guest classes (as in CPython, where they are heap
types of module 'ast'), built at interpreter level from the host ``ast``
module's metadata: the same hierarchy, ``_fields``, ``_attributes``,
``__match_args__``, class-level None for optional fields, and ``AST``'s
constructor and ``__reduce__`` with CPython 3.12's rules.  Guest code may
subclass them; instances keep their fields in their __dict__.

* ``to_guest_tree``: compile(..., PyCF_ONLY_AST) parses with the host's parser
  and converts the host tree node by node;
* ``to_host_tree``: compile(guest_tree) converts back (CPython's "required
  field ... missing" errors), lets the host validate the tree (its
  ValueError/TypeError messages for malformed trees), then snakevm compiles it.
"""

import ast as host_ast

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import MISSING, w_type_type, W_TypeObject
from snakevm.objspace.typedef import W_MethodDescriptor, Signature
from snakevm.objspace.typecall import create_class
from snakevm.objspace.bridge import to_guest, to_host_arg, host_exception
from snakevm.module.moduledef import ModuleDef

CONSTANTS = ("PyCF_ONLY_AST", "PyCF_TYPE_COMMENTS", "PyCF_ALLOW_TOP_LEVEL_AWAIT")


def _host_node_classes():
    """Host AST classes in an order where bases come before subclasses."""
    ordered = []
    seen = set()

    def visit(cls):
        if cls in seen:
            return
        for base in cls.__bases__:
            if base is not object:
                visit(base)
        seen.add(cls)
        ordered.append(cls)
    for name in dir(host_ast):
        value = getattr(host_ast, name)
        if isinstance(value, type) and issubclass(value, host_ast.AST) and \
                value.__module__ == "ast" and name == value.__name__ and \
                name in _HOST_AST_NAMES:
            visit(value)
    return ordered


_HOST_AST_NAMES = frozenset(name for name in dir(__import__("_ast"))
                            if not name.startswith("_") and not name.startswith("PyCF_"))


class ASTState:
    """This VM's node classes: name -> guest class."""

    def __init__(self):
        self.classes_w = {}


ast_state = ASTState()


def node_classes():
    if not ast_state.classes_w:
        for host_class in _host_node_classes():
            _make_class(host_class)
    return ast_state.classes_w


def _make_class(host_class):
    name = host_class.__name__
    bases_w = [ast_state.classes_w[base.__name__] for base in host_class.__bases__
               if base.__name__ in ast_state.classes_w] or []
    w_namespace = space.newdict()
    w_namespace.setitem_str("__module__", "ast")
    if host_class.__doc__ is not None:
        w_namespace.setitem_str("__doc__", host_class.__doc__)
    for key, value in vars(host_class).items():
        if key in ("_fields", "_attributes", "__match_args__"):
            w_namespace.setitem_str(key, to_guest(value))
        elif value is None and not key.startswith("__"):
            w_namespace.setitem_str(key, None)          # optional field: class default None
    w_class = create_class(w_type_type, name, bases_w, w_namespace, {})
    if name == "AST":
        _install_ast_methods(w_class)
    ast_state.classes_w[name] = w_class
    return w_class


# -- AST.__init__ and __reduce__ ---------------------------------------------------------------
def ast_init(w_self, *args_w, **kwargs_w):
    w_fields = space.findattr(space.type(w_self), "_fields")
    fields = space.unpack_iterable(w_fields) if w_fields is not None else []
    if len(args_w) > len(fields):
        raise space.type_error("%s constructor takes at most %d positional argument%s"
                               % (space.type(w_self).name, len(fields),
                                  "" if len(fields) == 1 else "s"))
    for w_field, w_value in zip(fields, args_w):
        space.setattr(w_self, w_field, w_value)
    for index, (key, w_value) in enumerate(kwargs_w.items()):
        if key in fields[:len(args_w)]:
            raise space.type_error("%s got multiple values for argument '%s'"
                                   % (space.type(w_self).name, key))
        space.setattr(w_self, key, w_value)
    return None


def ast_reduce(w_self):
    w_dict = getattr(w_self, "w_dict", None)
    if w_dict is not None and w_dict.storage:
        return space.newtuple([space.type(w_self), space.newtuple([]), w_dict])
    return space.newtuple([space.type(w_self), space.newtuple([])])


def _install_ast_methods(w_class):
    for name, func in (("__init__", ast_init), ("__reduce__", ast_reduce)):
        signature = Signature(func, "AST.%s" % name, skip_first=True, keywords=True)
        w_class.dict_w[name] = W_MethodDescriptor(func, name, w_class, signature)
    w_class.changed()


# -- host tree -> guest tree ------------------------------------------------------------------
def to_guest_tree(node):
    classes_w = node_classes()
    return _guest_value(node, classes_w)


def _guest_value(value, classes_w):
    if isinstance(value, host_ast.AST):
        w_node = space.call(classes_w[type(value).__name__], [])
        for name in value._fields + value._attributes:
            if hasattr(value, name):
                space.setattr(w_node, name, _guest_value(getattr(value, name), classes_w))
        return w_node
    if isinstance(value, list):
        return space.newlist([_guest_value(v, classes_w) for v in value])
    if value is Ellipsis:
        return space.w_Ellipsis
    return to_guest(value)


# -- guest tree -> host tree ------------------------------------------------------------------
def is_guest_ast(w_obj):
    w_ast = node_classes()["AST"]
    return space.isinstance_w(w_obj, w_ast)


def to_host_tree(w_node):
    classes_w = node_classes()
    return _host_node(w_node, classes_w)


def _node_class_name(w_node, classes_w):
    for w_cls in space.type(w_node).mro_w:
        if isinstance(w_cls, W_TypeObject) and classes_w.get(w_cls.name) is w_cls:
            return w_cls.name
    return None


def _host_node(w_node, classes_w):
    name = _node_class_name(w_node, classes_w)
    if name is None or name == "AST":
        raise space.type_error("expected some sort of AST node, but got %s"
                               % space.repr(w_node))
    host_class = getattr(host_ast, name)
    node = host_class()
    abstract = host_class.__mro__[1].__name__ if host_class.__mro__[1] is not host_ast.AST \
        else name
    for field in host_class._attributes + host_class._fields:
        w_value = space.findattr(w_node, field)
        if w_value is None and field not in vars(host_class) and \
                _required(host_class, field):
            raise space.type_error('required field "%s" missing from %s'
                                   % (field, name if field in host_class._fields
                                      else abstract))
        setattr(node, field, _host_value(w_value, classes_w))
    return node


_OPTIONAL_ATTRIBUTES = ("end_lineno", "end_col_offset")


def _required(host_class, field):
    """Fields the host class does not default to None, and that are not lists."""
    if field in _OPTIONAL_ATTRIBUTES or field == "type_comment":
        return False
    return getattr(host_class, field, MISSING) is MISSING and field not in _LIST_FIELDS


_LIST_FIELDS = frozenset(("body", "orelse", "finalbody", "handlers", "names", "targets",
                          "decorator_list", "bases", "keywords", "args", "elts", "keys",
                          "values", "ops", "comparators", "generators", "ifs", "items",
                          "cases", "patterns", "kwd_patterns", "kwd_attrs", "type_params",
                          "type_ignores", "argtypes", "posonlyargs", "kwonlyargs",
                          "kw_defaults", "defaults", "dims"))


def _host_value(w_value, classes_w):
    if w_value is None:
        return None
    if w_value is space.w_Ellipsis:
        return Ellipsis
    if _node_class_name(w_value, classes_w) is not None:
        return _host_node(w_value, classes_w)
    items_w = getattr(w_value, "items_w", None)
    if isinstance(items_w, list):
        return [_host_value(w, classes_w) for w in items_w]
    if isinstance(items_w, tuple):
        return tuple(_host_value(w, classes_w) for w in items_w)
    items = getattr(w_value, "items", None)
    if isinstance(items, set):
        return frozenset(_host_value(w, classes_w) for w in items)
    return to_host_arg(w_value)


def compile_guest_tree(w_tree, filename, mode, flags, optimize):
    """compile() of a guest AST: convert, validate with the host, compile."""
    from snakevm.compiler import compile_tree                   # compiler loads lazily
    tree = to_host_tree(w_tree)
    expected = {"exec": host_ast.Module, "eval": host_ast.Expression,
                "single": host_ast.Interactive, "func_type": host_ast.FunctionType}.get(mode)
    if expected is not None and not isinstance(tree, expected):
        raise space.type_error("expected %s node, got %s" % (expected.__name__,
                                                            type(tree).__name__))
    try:
        compile(tree, filename, mode, flags & ~host_ast.PyCF_ONLY_AST, True, optimize)
        return compile_tree(tree, filename, mode, flags, optimize if optimize >= 0 else 0)
    except OperationError:
        raise
    except Exception as e:      # the host's validation errors and SyntaxErrors
        raise host_exception(e)


def make_module():
    m = ModuleDef("_ast")
    for name, w_class in node_classes().items():
        m.value(name, w_class)
    for name in CONSTANTS:
        m.value(name, getattr(host_ast, name))
    return m.w_module
