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
* ``to_host_tree``: compile(guest_tree) converts back as the tree is (absent
  fields stay absent, other guest values become ``GuestValue`` stand-ins), lets
  the host's obj2ast and validator check it (CPython's exact TypeError and
  ValueError messages for malformed trees), then snakevm compiles it.
See docs/ast.md.
"""

import _ast as host_ast_module
import ast as host_ast

from snakevm.objspace.root import OperationError, W_Root
from snakevm.objspace.listobject import w_list_type
from snakevm.objspace.tupleobject import w_tuple_type
from snakevm.objspace.setobject import w_frozenset_type
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import w_type_type, W_TypeObject
from snakevm.objspace.typedef import W_MethodDescriptor, Signature, new_method
from snakevm.objspace.objectobject import object_new
from snakevm.objspace.typecall import create_class
from snakevm.objspace.bridge import to_guest, host_exception
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
    # The host _ast module's dict is in ASDL order, which is also the order of
    # CPython's __subclasses__() lists.
    for name, value in vars(host_ast_module).items():
        if isinstance(value, type) and issubclass(value, host_ast.AST) and \
                name == value.__name__:
            visit(value)
    return ordered


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


def ast_new(w_cls, *args_w, **kwargs_w):
    """AST.__new__ (CPython's PyType_GenericNew): arguments are left to __init__."""
    return object_new(w_cls)


def _install_ast_methods(w_class):
    for name, func in (("__init__", ast_init), ("__reduce__", ast_reduce)):
        signature = Signature(func, "AST.%s" % name, skip_first=True, keywords=True)
        w_class.dict_w[name] = W_MethodDescriptor(func, name, w_class, signature)
    new_method(w_class)(ast_new)
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
# The conversion copies what the guest tree has, as it is: a field the guest node
# lacks stays absent, a value that is neither a concrete node, a list, nor a constant
# becomes a GuestValue standing in for it.  The host's own obj2ast and validator
# then report malformed trees with CPython's exact errors ('required field "lineno"
# missing from stmt', 'expected some sort of expr, but got ...', 'field "body" must
# be a list, not a int'...), which name the guest types and reprs.

class GuestValue:
    """A guest object inside a host tree; host error messages show the guest's
    type name and repr."""
    __slots__ = ("w_obj",)

    def __init__(self, w_obj):
        self.w_obj = w_obj

    def __repr__(self):
        return space.repr(self.w_obj)

    def __getattr__(self, name):
        # obj2ast reads an abstract node's attributes (lineno...) before its type check
        if name.startswith("__"):
            raise AttributeError(name)
        w_value = space.getattr(self.w_obj, name, _ABSENT)
        if w_value is _ABSENT:
            raise AttributeError(name)
        return _host_value(w_value, node_classes())


_GUEST_VALUE_CLASSES = {}


def _guest_value_class(w_type):
    cls = _GUEST_VALUE_CLASSES.get(w_type)
    if cls is None:
        cls = _GUEST_VALUE_CLASSES[w_type] = type(w_type.name, (GuestValue,),
                                                  {"__slots__": ()})
    return cls


_ABSENT = object()


def is_guest_ast(w_obj):
    w_ast = node_classes()["AST"]
    return space.isinstance_w(w_obj, w_ast)


def to_host_tree(w_node):
    return _host_value(w_node, node_classes())


def _concrete_class(w_node, classes_w):
    """The host class of the concrete node class ``w_node`` is an instance of, or None
    (abstract classes such as expr stand for no node, as in CPython)."""
    for w_cls in space.type(w_node).mro_w:
        if isinstance(w_cls, W_TypeObject) and classes_w.get(w_cls.name) is w_cls:
            return None if w_cls.name in _ABSTRACT_NAMES else \
                getattr(host_ast_module, w_cls.name)
    return None


# AST, mod, stmt, expr, ...: the classes other _ast classes derive from.
_ABSTRACT_NAMES = frozenset(base.__name__ for value in vars(host_ast_module).values()
                            if isinstance(value, type) for base in value.__bases__)


def _host_node(w_node, host_class, classes_w):
    node = host_class()
    for field in host_class._fields + host_class._attributes:
        w_value = space.getattr(w_node, field, _ABSENT)
        if w_value is not _ABSENT:
            setattr(node, field, _host_value(w_value, classes_w))
    return node


def _host_value(w_value, classes_w):
    if type(w_value) in (int, bool, float, complex, str, bytes, type(None)):
        return w_value
    if w_value is space.w_Ellipsis:
        return Ellipsis
    if not isinstance(w_value, W_Root):
        return w_value
    host_class = _concrete_class(w_value, classes_w)
    if host_class is not None:
        return _host_node(w_value, host_class, classes_w)
    if space.isinstance_w(w_value, w_list_type):
        return [_host_value(w, classes_w) for w in space.unpack_iterable(w_value)]
    if space.type(w_value) is w_tuple_type:
        return tuple(_host_value(w, classes_w) for w in space.unpack_iterable(w_value))
    if space.type(w_value) is w_frozenset_type:
        return frozenset(_host_value(w, classes_w) for w in space.unpack_iterable(w_value))
    return _guest_value_class(space.type(w_value))(w_value)


def _normalize(tree):
    """After the host accepted the tree, give snakevm's compiler what CPython's
    obj2ast makes of absent and None values: a field still absent is a sequence
    (empty); an omitted ``level`` is 0, an omitted end position is the start."""
    for node in host_ast.walk(tree):
        for field in node._fields:
            if not hasattr(node, field):
                setattr(node, field, [])
        if isinstance(node, host_ast.ImportFrom) and node.level is None:
            node.level = 0
        if "end_lineno" in node._attributes:
            if getattr(node, "end_lineno", None) is None:
                node.end_lineno = node.lineno
            if getattr(node, "end_col_offset", None) is None:
                node.end_col_offset = node.col_offset


_MODE_CLASSES = {"exec": "Module", "eval": "Expression", "single": "Interactive"}


def compile_guest_tree(w_tree, filename, mode, flags, optimize):
    """compile() of a guest AST: convert, validate with the host, compile."""
    from snakevm.compiler import compile_tree                   # compiler loads lazily
    expected = _MODE_CLASSES[mode]
    if not space.isinstance_w(w_tree, node_classes()[expected]):
        raise space.type_error("expected %s node, got %s"
                               % (expected, space.type(w_tree).name))
    tree = to_host_tree(w_tree)
    try:
        compile(tree, filename, mode, flags & ~host_ast.PyCF_ONLY_AST, True, optimize)
        _normalize(tree)
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
