"""Guest-visible behaviour of function, method and cell objects, and the
``super`` constructor (which needs the running frame for the zero-argument form)."""

from snakevm.objspace.root import OperationError, own_tuple
from snakevm.objspace.typedef import method, getset, new_method
from snakevm.objspace.slots import readonly_member
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import W_TypeObject, MISSING
from snakevm.objspace.codeobject import W_Code
from snakevm.objspace.dictobject import W_Dict
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.objspace.functionobject import (W_Function, W_Method, W_Cell, w_function_type,
                                             w_method_type, w_cell_type)


@method(w_function_type, "__get__")
def function_get(w_self, w_obj, w_type=None):
    if w_obj is None and w_type is None:
        raise space.type_error("__get__(None, None) is invalid")
    if w_obj is None:
        return w_self
    return W_Method(w_self, w_obj)


@method(w_function_type, "__call__", keywords=True)
def function_call(w_self, *args_w, **kwargs_w):
    from snakevm.interpreter.runtime import interpreter
    return interpreter().call_function(w_self, list(args_w), kwargs_w)


@new_method(w_function_type)
def function_new(w_cls, w_code, w_globals, w_name=None, w_argdefs=None, w_closure=None):
    """types.FunctionType(code, globals, name=None, argdefs=None, closure=None),
    with CPython 3.12's checks (func_new_impl)."""
    if not isinstance(w_code, W_Code):
        raise space.type_error("function() argument 'code' must be code, not %s"
                               % space.type(w_code).name)
    if not isinstance(w_globals, W_Dict):
        raise space.type_error("function() argument 'globals' must be dict, not %s"
                               % space.type(w_globals).name)
    if w_name is not None and not isinstance(w_name, str):
        raise space.type_error("arg 3 (name) must be None or string")
    if w_argdefs is not None and not isinstance(w_argdefs, W_Tuple):
        raise space.type_error("arg 4 (defaults) must be None or tuple")
    code = w_code.code
    nfree = len(code.co_freevars)
    if w_closure is not None and not isinstance(w_closure, W_Tuple):
        raise space.type_error("arg 5 (closure) must be tuple")
    closure_w = w_closure.items_w if w_closure is not None else ()
    if nfree and w_closure is None:
        raise space.type_error("arg 5 (closure) must be tuple")
    if len(closure_w) != nfree:
        raise space.value_error("%s requires closure of length %d, not %d"
                                % (code.co_name, nfree, len(closure_w)))
    for w_cell in closure_w:
        if not isinstance(w_cell, W_Cell):
            raise space.type_error("arg 5 (closure) expected cell, found %s"
                                   % space.type(w_cell).name)
    w_doc = code.co_consts[0] if code.co_consts and isinstance(code.co_consts[0], str) \
        else None
    return W_Function(code, w_globals, code.co_name if w_name is None else str(w_name),
                      code.co_qualname, w_argdefs.items_w if w_argdefs is not None else (),
                      None, closure_w, None, w_doc,
                      w_globals.storage.get("__name__"))


@method(w_function_type, "__repr__")
def function_repr(w_self):
    return "<function %s at 0x%x>" % (w_self.qualname, id(w_self))


def _set_str(attr, label):
    def setter(w_self, w_value):
        if not isinstance(w_value, str):
            raise space.type_error("%s must be set to a string object" % label)
        setattr(w_self, attr, w_value)
    return setter


def _function_dict(w_self):
    if w_self.w_dict is None:
        w_self.w_dict = space.newdict()
    return w_self.w_dict


getset(w_function_type, "__name__", setter=_set_str("name", "__name__"))(lambda w: w.name)
getset(w_function_type, "__qualname__", setter=_set_str("qualname", "__qualname__"))(
    lambda w: w.qualname)
getset(w_function_type, "__doc__", setter=lambda w, v: setattr(w, "w_doc", v))(lambda w: w.w_doc)
getset(w_function_type, "__module__", setter=lambda w, v: setattr(w, "w_module", v))(
    lambda w: w.w_module)
def _checked(attr, label, type_name, convert=lambda v: v):
    """A setter accepting None or an instance of the built-in type ``type_name``."""
    def setter(w_self, w_value):
        if w_value is not None and not space.type(w_value).is_subtype(
                space.builtins_type(type_name)):
            raise space.type_error("%s must be set to a %s object" % (label, type_name))
        setattr(w_self, attr, convert(w_value))
    return setter


getset(w_function_type, "__defaults__", setter=_checked(
    "defaults_w", "__defaults__", "tuple", lambda v: () if v is None else own_tuple(v.items_w)))(
    lambda w: space.newtuple(w.defaults_w) if w.defaults_w else None)
getset(w_function_type, "__kwdefaults__", setter=_checked(
    "w_kwdefaults", "__kwdefaults__", "dict"))(lambda w: w.w_kwdefaults)


def _set_code(w_self, w_code):
    from snakevm.objspace.codeobject import W_Code
    if not isinstance(w_code, W_Code):
        raise space.type_error("__code__ must be set to a code object")
    nfree, nclosure = len(w_code.code.co_freevars), len(w_self.closure_w or ())
    if nfree != nclosure:
        raise space.value_error("%s() requires a code object with %d free vars, not %d"
                                % (w_self.name, nclosure, nfree))
    w_self.code = w_code.code


def _set_type_params(w_self, w_value):
    if not space.type(w_value).is_subtype(space.builtins_type("tuple")):
        raise space.type_error("__type_params__ must be set to a tuple")
    w_self.w_type_params = w_value


getset(w_function_type, "__type_params__", setter=_set_type_params)(
    lambda w: getattr(w, "w_type_params", None) or space.newtuple([]))
readonly_member(w_function_type, "__globals__", lambda w: w.w_globals)
readonly_member(w_function_type, "__closure__",
                lambda w: space.newtuple(w.closure_w) if w.closure_w else None)
getset(w_function_type, "__code__", setter=_set_code)(
    lambda w: __import__("snakevm.objspace.codeobject", fromlist=["x"]).guest_code(w.code))
getset(w_function_type, "__dict__")(_function_dict)
readonly_member(w_function_type, "__builtins__",
                lambda w: __import__("snakevm.interpreter.eval",
                                     fromlist=["x"]).builtins_of(w.w_globals))


def _annotations(w_self):
    if w_self.w_annotations is None:
        w_self.w_annotations = space.newdict()
    return w_self.w_annotations


def _set_annotations(w_self, w_value):
    if not space.type(w_value).is_subtype(space.builtins_type("dict")):
        raise space.type_error("__annotations__ must be set to a dict object")
    w_self.w_annotations = w_value


getset(w_function_type, "__annotations__", setter=_set_annotations,
       deleter=lambda w: setattr(w, "w_annotations", None))(_annotations)
w_function_type.has_dict = True


# functions carry an instance dict lazily (function attributes)
def _function_getattr_dict(w_self):
    return _function_dict(w_self)


@method(w_method_type, "__call__", keywords=True)
def method_call(w_self, *args_w, **kwargs_w):
    return space.call(w_self.w_function, [w_self.w_self] + list(args_w), kwargs_w)


@method(w_method_type, "__repr__")
def method_repr(w_self):
    w_func = w_self.w_function
    name = space.getattr(w_func, "__qualname__", None)
    if not isinstance(name, str):
        name = space.getattr(w_func, "__name__", "?")
    return "<bound method %s of %s>" % (name, space.repr(w_self.w_self))


@method(w_method_type, "__eq__")
def method_eq(w_self, w_other):
    if not isinstance(w_other, W_Method):
        return space.w_NotImplemented
    return w_self.w_self is w_other.w_self and space.eq_w(w_self.w_function, w_other.w_function)


@method(w_method_type, "__hash__")
def method_hash(w_self):
    return hash((id(w_self.w_self), space.hash_w(w_self.w_function)))


@method(w_method_type, "__getattribute__")
def method_getattribute(w_self, name):
    try:
        return space.generic_getattr(w_self, name)
    except OperationError as e:
        if not e.match(space.builtin_exception("AttributeError")):
            raise
        return space.getattr(w_self.w_function, name)


readonly_member(w_method_type, "__func__", lambda w: w.w_function)
readonly_member(w_method_type, "__self__", lambda w: w.w_self)
getset(w_method_type, "__doc__")(lambda w: space.getattr(w.w_function, "__doc__", None))


def _cell_contents(w_self):
    if w_self.empty:
        raise space.value_error("Cell is empty")
    return w_self.w_value


def _set_cell_contents(w_self, w_value):
    w_self.w_value = w_value
    w_self.empty = False


def _del_cell_contents(w_self):
    if w_self.empty:
        raise space.value_error("Cell is already empty")
    w_self.w_value = None
    w_self.empty = True


getset(w_cell_type, "cell_contents", setter=_set_cell_contents, deleter=_del_cell_contents)(
    _cell_contents)


@new_method(w_cell_type, keywords=False)
def cell_new(w_cls, *args_w):
    """types.CellType([contents])."""
    if len(args_w) > 1:
        raise space.type_error("cell expected at most 1 argument, got %d" % len(args_w))
    return W_Cell(args_w[0], empty=False) if args_w else W_Cell()


def _cell_compare(symbol):
    def compare(w_self, w_other):
        if not isinstance(w_other, W_Cell):
            return space.w_NotImplemented
        if w_self.empty or w_other.empty:           # empty cells sort first
            a, b = (0 if w_self.empty else 1), (0 if w_other.empty else 1)
            return {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b,
                    ">=": a >= b}[symbol]
        return space.compare(w_self.w_value, w_other.w_value, symbol)
    return compare


for _name, _symbol in (("__eq__", "=="), ("__ne__", "!="), ("__lt__", "<"), ("__le__", "<="),
                       ("__gt__", ">"), ("__ge__", ">=")):
    method(w_cell_type, _name)(_cell_compare(_symbol))
w_cell_type.dict_w["__hash__"] = None


@method(w_cell_type, "__repr__")
def cell_repr(w_self):
    if w_self.empty:
        return "<cell at 0x%x: empty>" % id(w_self)
    return "<cell at 0x%x: %s object at 0x%x>" % (id(w_self), space.type(w_self.w_value).name,
                                                  id(w_self.w_value))


# -- super(): the constructor ------------------------------------------------------------------
def _install_super():
    from snakevm.objspace.superobject import W_Super, w_super_type

    @new_method(w_super_type)
    def super_new(w_cls, *args_w, **kwargs_w):
        return W_Super(None, None)

    @method(w_super_type, "__init__")
    def super_init(w_self, w_type=None, w_obj=None):
        if w_type is None:
            from snakevm.interpreter.runtime import zero_arg_super
            w_type, w_obj = zero_arg_super()
        if not isinstance(w_type, W_TypeObject):
            raise space.type_error("super() argument 1 must be a type, not %s"
                                   % space.type(w_type).name)
        if w_obj is not None:
            ok = space.type(w_obj).is_subtype(w_type) or (
                isinstance(w_obj, W_TypeObject) and w_obj.is_subtype(w_type))
            if not ok:
                raise space.type_error("super(type, obj): obj must be an instance or subtype "
                                       "of type")
        W_Super.__init__(w_self, w_type, w_obj)


_install_super()


@new_method(w_method_type, keywords=False)
def method_new(w_cls, w_function, w_instance):
    """types.MethodType(function, instance)."""
    if space.type(w_function).lookup("__call__") is None:
        raise space.type_error("first argument must be callable")
    if w_instance is None:
        raise space.type_error("instance must not be None")
    return W_Method(w_function, w_instance)
