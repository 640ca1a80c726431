"""_contextvars: context variables (PEP 567), interpreter level.

A Context maps ContextVars to values.  Contexts are immutable in CPython (a
HAMT); here each Context holds a host dict that is never changed in place:
``ContextVar.set`` replaces the running context's dict by a new one, so a
copy made earlier (copy_context, Context.copy) keeps its values.  The running
context belongs to the interpreter state (``state.current_context``) so that
it can become per-thread with the rest of that state."""

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset, new_method, classmethod_
from snakevm.objspace.genericalias import new_generic_alias
from snakevm.objspace.typeobject import MISSING
from snakevm.module.moduledef import ModuleDef
from snakevm.interpreter import state


class W_Context(W_Root):
    def __init__(self, vars_w=None):
        self.vars_w = vars_w if vars_w is not None else {}    # W_ContextVar -> value
        self.w_prev = None
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


w_context_type = builtin_type("Context", instance_class=W_Context, module="_contextvars",
                              acceptable_as_base=False)
w_contextvar_type = builtin_type("ContextVar", instance_class=W_ContextVar,
                                 module="_contextvars", acceptable_as_base=False)
w_token_type = builtin_type("Token", instance_class=W_Token, module="_contextvars",
                            acceptable_as_base=False)
w_token_missing_type = builtin_type("Token.MISSING", instance_class=W_TokenMissing,
                                    module="_contextvars", acceptable_as_base=False)
w_token_missing = W_TokenMissing()
w_token_type.dict_w["MISSING"] = w_token_missing
method(w_token_missing_type, "__repr__")(lambda w_self: "<Token.MISSING>")


def current_context():
    if state.current_context is None:
        state.current_context = W_Context()
    return state.current_context


def _address(w_obj):
    return "0x%x" % id(w_obj)


# -- ContextVar ------------------------------------------------------------------------------
@new_method(w_contextvar_type)
def contextvar_new(w_cls, name, *, default=MISSING):
    if not isinstance(name, str):
        raise space.type_error("context variable name must be a str")
    return W_ContextVar(name, default)


@method(w_contextvar_type, "get")
def contextvar_get(w_self, w_default=MISSING):
    """Return a value for the context variable for the current context."""
    w_value = current_context().vars_w.get(w_self, MISSING)
    if w_value is not MISSING:
        return w_value
    if w_default is not MISSING:
        return w_default
    if w_self.w_default is not MISSING:
        return w_self.w_default
    raise OperationError(space.call(space.builtin_exception("LookupError"), [w_self]))


@method(w_contextvar_type, "set")
def contextvar_set(w_self, w_value):
    """Call to set a new value for the context variable in the current context."""
    w_context = current_context()
    w_old = w_context.vars_w.get(w_self, MISSING)
    w_token = W_Token(w_context, w_self, w_token_missing if w_old is MISSING else w_old)
    new_vars = dict(w_context.vars_w)
    new_vars[w_self] = w_value
    w_context.vars_w = new_vars
    return w_token


@method(w_contextvar_type, "reset")
def contextvar_reset(w_self, w_token):
    """Reset the context variable."""
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


getset(w_contextvar_type, "name")(lambda w_self: w_self.name)
method(w_contextvar_type, "__hash__")(lambda w_self: id(w_self) >> 4)


@method(w_contextvar_type, "__repr__")
def contextvar_repr(w_self):
    default = "" if w_self.w_default is MISSING else " default=%s" % space.repr(
        w_self.w_default)
    return "<ContextVar name=%s%s at %s>" % (space.repr(w_self.name), default,
                                             _address(w_self))


for _w_type in (w_contextvar_type, w_token_type):
    classmethod_(_w_type, "__class_getitem__", doc="See PEP 585")(new_generic_alias)


# -- Token -----------------------------------------------------------------------------------
@new_method(w_token_type)
def token_new(w_cls, *args_w, **kwargs_w):
    raise space.error(space.builtin_exception("RuntimeError"),
                      "Tokens can only be created by ContextVars")


getset(w_token_type, "var")(lambda w_self: w_self.w_var)
getset(w_token_type, "old_value")(lambda w_self: w_self.w_old_value)


@method(w_token_type, "__repr__")
def token_repr(w_self):
    return "<Token%s var=%s at %s>" % (" used" if w_self.used else "",
                                       space.repr(w_self.w_var), _address(w_self))


# -- Context ---------------------------------------------------------------------------------
@new_method(w_context_type)
def context_new(w_cls, *args_w, **kwargs_w):
    if args_w or kwargs_w:
        raise space.type_error("Context() does not accept any arguments")
    return W_Context()


@method(w_context_type, "run", keywords=True)
def context_run(w_self, w_callable, *args_w, **kwargs_w):
    """Run a callable in this context (entering it, then restoring the previous one)."""
    if w_self.entered:
        raise space.error(space.builtin_exception("RuntimeError"),
                          "cannot enter context: %s is already entered" % space.repr(w_self))
    w_self.w_prev = current_context()
    w_self.entered = True
    state.current_context = w_self
    try:
        return space.call(w_callable, list(args_w), kwargs_w)
    finally:
        state.current_context = w_self.w_prev
        w_self.w_prev = None
        w_self.entered = False


@method(w_context_type, "copy")
def context_copy(w_self):
    """Return a shallow copy of the context object."""
    return W_Context(w_self.vars_w)


def _var_key(w_key):
    if not isinstance(w_key, W_ContextVar):
        raise space.type_error("a ContextVar key was expected, got %s" % space.repr(w_key))
    return w_key


@method(w_context_type, "__getitem__")
def context_getitem(w_self, w_key):
    w_value = w_self.vars_w.get(_var_key(w_key), MISSING)
    if w_value is MISSING:
        raise OperationError(space.call(space.builtin_exception("KeyError"), [w_key]))
    return w_value


@method(w_context_type, "get")
def context_get(w_self, w_key, w_default=None):
    """Return the value for `key` if `key` has the value in the context object."""
    return w_self.vars_w.get(_var_key(w_key), w_default)


@method(w_context_type, "__contains__")
def context_contains(w_self, w_key):
    return _var_key(w_key) in w_self.vars_w


method(w_context_type, "__len__")(lambda w_self: len(w_self.vars_w))
method(w_context_type, "__iter__")(lambda w_self: space.iter(space.newlist(list(w_self.vars_w))))
method(w_context_type, "keys")(lambda w_self: space.newlist(list(w_self.vars_w)))
method(w_context_type, "values")(lambda w_self: space.newlist(list(w_self.vars_w.values())))
method(w_context_type, "items")(lambda w_self: space.newlist(
    [space.newtuple([k, v]) for k, v in w_self.vars_w.items()]))


@method(w_context_type, "__eq__")
def context_eq(w_self, w_other):
    if not isinstance(w_other, W_Context):
        return space.w_NotImplemented
    if set(w_self.vars_w) != set(w_other.vars_w):
        return False
    return all(space.eq_w(w_value, w_other.vars_w[w_var])
               for w_var, w_value in w_self.vars_w.items())


w_context_type.dict_w["__hash__"] = None


def copy_context():
    """Return a copy of the current context."""
    return W_Context(current_context().vars_w)


def make_module():
    m = ModuleDef("_contextvars", doc="Context Variables")
    for w_type in (w_context_type, w_contextvar_type, w_token_type):
        m.type(w_type)
    m.function(copy_context, "copy_context")
    return m.w_module
