"""_contextvars: context variables (PEP 567), interpreter level (CPython's
Python/context.c).

A Context maps ContextVars to values.  Contexts are immutable mappings in CPython
(a HAMT); here each Context holds a host dict that is never changed in place:
``ContextVar.set`` replaces the running context's dict by a new one, so a copy made
earlier (copy_context, Context.copy) keeps its values and copying is O(1).  The
running context belongs to the interpreter state (``state.current_context``) so that
it can become per-thread with the rest of that state; ``Context.run`` enters a
context (once at a time) and restores the previous one however the call ends.
Docstrings and text signatures are CPython's, read from the host's _contextvars."""

import _contextvars as host_contextvars

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.objspace.typedef import builtin_type, method, getset, new_method, classmethod_
from snakevm.objspace.genericalias import new_generic_alias
from snakevm.objspace.typeobject import MISSING
from snakevm.module.moduledef import ModuleDef
from snakevm.interpreter import state


class W_Context(W_Root):
    def __init__(self, vars_w=None):
        self.vars_w = vars_w if vars_w is not None else {}    # W_ContextVar -> value
        self.w_prev = None                  # the context that was running before run()
        self.entered = False

    def iter_refs(self):
        for w_var, w_value in self.vars_w.items():
            yield w_var
            yield w_value
        if self.w_prev is not None:
            yield self.w_prev


class W_ContextVar(W_Root):
    def __init__(self, name, w_default):
        self.name = name
        self.w_default = w_default          # MISSING when there is none

    def __hash__(self):                     # identity, like CPython's ContextVar
        return id(self) >> 4

    def __eq__(self, other):
        return self is other

    def iter_refs(self):
        if self.w_default is not MISSING:
            yield self.w_default


class W_Token(W_Root):
    def __init__(self, w_context, w_var, w_old_value):
        self.w_context = w_context
        self.w_var = w_var
        self.w_old_value = w_old_value      # the Token.MISSING marker when unset
        self.used = False


class W_TokenMissing(W_Root):
    pass


class W_ContextIterator(W_Root):
    """What iter(context), keys(), values() and items() return (CPython's HAMT
    iterators, types named keys/values/items): iterators that also have a length."""

    def __init__(self, w_type, items_w):
        self.w_type = w_type
        self.items_w = items_w
        self.index = 0

    def next_w(self):
        if self.index >= len(self.items_w):
            return STOP_ITERATION
        self.index += 1
        return self.items_w[self.index - 1]


def _host_doc(host_owner, name):
    return getattr(getattr(host_owner, name, None), "__doc__", None)


w_context_type = builtin_type("Context", instance_class=W_Context, module="_contextvars",
                              acceptable_as_base=False)
w_contextvar_type = builtin_type("ContextVar", instance_class=W_ContextVar,
                                 module="_contextvars", acceptable_as_base=False)
w_token_type = builtin_type("Token", instance_class=W_Token, module="_contextvars",
                            acceptable_as_base=False)
# CPython's tp_name "Token.MISSING": __module__ 'Token', __name__ 'MISSING'
w_token_missing_type = builtin_type("MISSING", instance_class=W_TokenMissing, module="Token",
                                    acceptable_as_base=False)
w_token_missing = W_TokenMissing()
w_token_type.dict_w["MISSING"] = w_token_missing
method(w_token_missing_type, "__repr__")(lambda w_self: "<Token.MISSING>")


@new_method(w_token_missing_type)
def token_missing_new(w_cls, *args_w, **kwargs_w):
    raise space.type_error("cannot create '%s' instances" % w_cls.tp_name())


def current_context():
    if state.current_context is None:
        state.current_context = W_Context()
    return state.current_context


def _address(w_obj):
    return "0x%x" % id(w_obj)


def _readonly(w_self, w_value=None):
    raise space.attribute_error("readonly attribute")     # a read-only member in CPython


def _declare(w_type, name, func, host_owner, keywords=False):
    """A method with CPython's docstring (its text signature comes from the host twin)."""
    method(w_type, name, keywords=keywords, doc=_host_doc(host_owner, name))(func)


# -- ContextVar ------------------------------------------------------------------------------
@new_method(w_contextvar_type)
def contextvar_new(w_cls, *args_w, **kwargs_w):
    # PyArg_ParseTupleAndKeywords("O|$O:ContextVar", {"", "default"}): name is positional
    nargs = len(args_w)
    if nargs + len(kwargs_w) > 2:
        raise space.type_error("ContextVar() takes at most 2 arguments (%d given)"
                               % (nargs + len(kwargs_w)))
    if nargs == 0:
        raise space.type_error("ContextVar() takes exactly 1 positional argument (0 given)")
    if nargs > 1:
        raise space.type_error("ContextVar() takes at most 1 positional argument (%d given)"
                               % nargs)
    for key in kwargs_w:
        if key != "default":
            raise space.type_error("'%s' is an invalid keyword argument for ContextVar()"
                                   % key)
    name = args_w[0]
    if not isinstance(name, str):
        raise space.type_error("context variable name must be a str")
    return W_ContextVar(name, kwargs_w.get("default", MISSING))


def contextvar_get(w_self, w_default=MISSING):
    w_value = current_context().vars_w.get(w_self, MISSING)
    if w_value is not MISSING:
        return w_value
    if w_default is not MISSING:
        return w_default
    if w_self.w_default is not MISSING:
        return w_self.w_default
    raise OperationError(space.call(space.builtin_exception("LookupError"), [w_self]))


def contextvar_set(w_self, w_value):
    w_context = current_context()
    w_old = w_context.vars_w.get(w_self, MISSING)
    w_token = W_Token(w_context, w_self, w_token_missing if w_old is MISSING else w_old)
    new_vars = dict(w_context.vars_w)
    new_vars[w_self] = w_value
    w_context.vars_w = new_vars
    return w_token


def contextvar_reset(w_self, w_token):
    if not isinstance(w_token, W_Token):
        raise space.type_error("expected an instance of Token, got %s"
                               % space.repr(w_token))
    if w_token.used:
        raise space.error(space.builtin_exception("RuntimeError"),
                          "%s has already been used once" % space.repr(w_token))
    if w_token.w_var is not w_self:
        raise space.value_error("%s was created by a different ContextVar"
                                % space.repr(w_token))
    w_context = current_context()
    if w_token.w_context is not w_context:
        raise space.value_error("%s was created in a different Context"
                                % space.repr(w_token))
    w_token.used = True
    new_vars = dict(w_context.vars_w)
    if w_token.w_old_value is w_token_missing:
        new_vars.pop(w_self, None)
    else:
        new_vars[w_self] = w_token.w_old_value
    w_context.vars_w = new_vars
    return None


def contextvar_repr(w_self):
    default = "" if w_self.w_default is MISSING else " default=%s" % space.repr(
        w_self.w_default)
    return "<ContextVar name=%s%s at %s>" % (space.repr(w_self.name), default,
                                             _address(w_self))


_declare(w_contextvar_type, "get", contextvar_get, host_contextvars.ContextVar)
_declare(w_contextvar_type, "set", contextvar_set, host_contextvars.ContextVar)
_declare(w_contextvar_type, "reset", contextvar_reset, host_contextvars.ContextVar)
method(w_contextvar_type, "__repr__")(contextvar_repr)
method(w_contextvar_type, "__hash__")(lambda w_self: id(w_self) >> 4)
getset(w_contextvar_type, "name", setter=_readonly, deleter=_readonly)(lambda w_self: w_self.name)
for _w_type in (w_contextvar_type, w_token_type):
    classmethod_(_w_type, "__class_getitem__", doc="See PEP 585")(new_generic_alias)


# -- Token -----------------------------------------------------------------------------------
@new_method(w_token_type)
def token_new(w_cls, *args_w, **kwargs_w):
    raise space.error(space.builtin_exception("RuntimeError"),
                      "Tokens can only be created by ContextVars")


@method(w_token_type, "__repr__")
def token_repr(w_self):
    return "<Token%s var=%s at %s>" % (" used" if w_self.used else "",
                                       space.repr(w_self.w_var), _address(w_self))


getset(w_token_type, "var")(lambda w_self: w_self.w_var)
getset(w_token_type, "old_value")(lambda w_self: w_self.w_old_value)
w_token_type.dict_w["__hash__"] = None


# -- Context ---------------------------------------------------------------------------------
@new_method(w_context_type)
def context_new(w_cls, *args_w, **kwargs_w):
    if args_w or kwargs_w:
        raise space.type_error("Context() does not accept any arguments")
    return W_Context()


@method(w_context_type, "run", keywords=True)
def context_run(w_self, *args_w, **kwargs_w):
    # run(callable, *args, **kwargs): enter this context, call, restore the previous one
    if not args_w:
        raise space.type_error("run() missing 1 required positional argument")
    if w_self.entered:
        raise space.error(space.builtin_exception("RuntimeError"),
                          "cannot enter context: %s is already entered" % space.repr(w_self))
    w_self.w_prev = current_context()
    w_self.entered = True
    state.current_context = w_self
    try:
        return space.call(args_w[0], list(args_w[1:]), kwargs_w)
    finally:
        state.current_context = w_self.w_prev
        w_self.w_prev = None
        w_self.entered = False



def _var_key(w_key):
    if not isinstance(w_key, W_ContextVar):
        raise space.type_error("a ContextVar key was expected, got %s" % space.repr(w_key))
    return w_key


def context_getitem(w_self, w_key):
    w_value = w_self.vars_w.get(_var_key(w_key), MISSING)
    if w_value is MISSING:
        raise OperationError(space.call(space.builtin_exception("KeyError"), [w_key]))
    return w_value


def context_eq(w_self, w_other):
    if not isinstance(w_other, W_Context):
        return space.w_NotImplemented
    if set(w_self.vars_w) != set(w_other.vars_w):
        return False
    return all(space.eq_w(w_value, w_other.vars_w[w_var])
               for w_var, w_value in w_self.vars_w.items())


def context_ne(w_self, w_other):
    w_equal = context_eq(w_self, w_other)
    return w_equal if w_equal is space.w_NotImplemented else not w_equal


_host_context = host_contextvars.Context
method(w_context_type, "__getitem__")(context_getitem)
method(w_context_type, "__contains__")(lambda w_self, w_key: _var_key(w_key) in w_self.vars_w)
method(w_context_type, "__len__")(lambda w_self: len(w_self.vars_w))
method(w_context_type, "__iter__")(
    lambda w_self: W_ContextIterator(w_keys_type, list(w_self.vars_w)))
_declare(w_context_type, "get", lambda w_self, w_key, w_default=None:
         w_self.vars_w.get(_var_key(w_key), w_default), _host_context)
_declare(w_context_type, "keys", lambda w_self: W_ContextIterator(
    w_keys_type, list(w_self.vars_w)), _host_context)
_declare(w_context_type, "values", lambda w_self: W_ContextIterator(
    w_values_type, list(w_self.vars_w.values())), _host_context)
_declare(w_context_type, "items", lambda w_self: W_ContextIterator(
    w_items_type, [space.newtuple([k, v]) for k, v in w_self.vars_w.items()]), _host_context)
_declare(w_context_type, "copy", lambda w_self: W_Context(w_self.vars_w), _host_context)
method(w_context_type, "__eq__")(context_eq)
method(w_context_type, "__ne__")(context_ne)
for _name in ("__lt__", "__le__", "__gt__", "__ge__"):
    method(w_context_type, _name)(lambda w_self, w_other: space.w_NotImplemented)
w_context_type.dict_w["__hash__"] = None


# -- the context iterators -----------------------------------------------------------------
def _iterator_type(name):
    w_type = builtin_type(name, instance_class=W_ContextIterator, acceptable_as_base=False)
    method(w_type, "__iter__")(lambda w_self: w_self)
    method(w_type, "__len__")(lambda w_self: len(w_self.items_w))

    @method(w_type, "__next__")
    def iterator_next(w_self):
        w_item = w_self.next_w()
        if w_item is STOP_ITERATION:
            raise space.error(space.builtin_exception("StopIteration"))
        return w_item

    @new_method(w_type)
    def iterator_new(w_cls, *args_w, **kwargs_w):
        raise space.type_error("cannot create '%s' instances" % w_cls.tp_name())
    return w_type


w_keys_type = _iterator_type("keys")
w_values_type = _iterator_type("values")
w_items_type = _iterator_type("items")


def copy_context():
    return W_Context(current_context().vars_w)


def make_module():
    m = ModuleDef("_contextvars", doc="Context Variables")
    for w_type in (w_context_type, w_contextvar_type, w_token_type):
        m.type(w_type)
    m.function(copy_context, "copy_context")
    return m.w_module
