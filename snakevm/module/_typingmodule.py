"""_typing: TypeVar, ParamSpec (and its ParamSpecArgs/ParamSpecKwargs), TypeVarTuple,
TypeAliasType, Generic and _idfunc -- CPython 3.12's Objects/typevarobject.c, at
interpreter level.

Like the C version, these types call back into Lib's typing module for what typing.py
owns: ``_type_check`` for bounds, ``_make_union`` for ``T | X``, the substitution helpers
(``_typevar_subst``, ``_paramspec_subst``, ...), ``Unpack`` and Generic's
``_generic_class_getitem``/``_generic_init_subclass``.  PEP 695 syntax reaches this
module through the interpreter's intrinsics (snakevm/interpreter/intrinsics.py calls
``make_typevar``, ``make_paramspec``, ``make_typevartuple``, ``make_typealias`` and
``subscript_generic`` below): their bounds, constraints and alias values are
evaluated lazily, on first access.  Constructor arguments are parsed with Argument
Clinic's rules (``parse_clinic``) so that errors read like CPython's."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset, new_method, classmethod_
from snakevm.objspace.typeobject import MISSING
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.objspace.slots import readonly_member
from snakevm.objspace.genericalias import union_or, new_generic_alias
from snakevm.module.moduledef import ModuleDef, import_guest
from snakevm.interpreter import state


# -- shared helpers ---------------------------------------------------------------------------
def parse_clinic(fname, args_w, kwargs_w, names, minpos, maxpos, varargs=False):
    """Bind arguments like Argument Clinic's _PyArg_UnpackKeywords (3.12) does for a
    function ``fname(names[0], ..., names[maxpos-1], [*varargs], *, names[maxpos:]...)``
    whose first ``minpos`` parameters are required.  Returns ({name: value}, varargs)."""
    kwargs_w = dict(kwargs_w or {})
    nargs, maxargs = len(args_w), len(names)
    if not varargs:
        if nargs + len(kwargs_w) > maxargs:
            raise space.type_error("%s() takes at most %d %sargument%s (%d given)" % (
                fname, maxargs, "keyword " if nargs == 0 else "",
                "" if maxargs == 1 else "s", nargs + len(kwargs_w)))
        if nargs > maxpos:
            if maxpos == 0:
                raise space.type_error("%s() takes no positional arguments" % fname)
            raise space.type_error("%s() takes %s %d positional argument%s (%d given)" % (
                fname, "at most" if minpos < maxpos else "exactly", maxpos,
                "" if maxpos == 1 else "s", nargs))
    values = dict(zip(names, args_w[:maxpos]))
    consumed = set()
    for index in range(min(nargs, maxpos), maxargs):
        name = names[index]
        if name in kwargs_w:
            values[name] = kwargs_w[name]
            consumed.add(name)
        elif index < minpos:
            raise space.type_error("%s() missing required argument '%s' (pos %d)"
                                   % (fname, name, index + 1))
    if len(consumed) < len(kwargs_w):
        if not varargs:
            for index in range(min(nargs, maxargs)):
                if names[index] in kwargs_w:
                    raise space.type_error("argument for %s() given by name ('%s') and "
                                           "position (%d)" % (fname, names[index], index + 1))
        for key in kwargs_w:
            if key not in names:
                raise space.type_error("'%s' is an invalid keyword argument for %s()"
                                       % (key, fname))
        raise space.type_error("invalid keyword argument for %s()" % fname)
    return values, list(args_w[maxpos:])


def _check_name(fname, w_name):
    if not isinstance(w_name, str):
        raise space.type_error("%s() argument 'name' must be str, not %s"
                               % (fname, space.type(w_name).tp_name()))
    return w_name


def call_typing(function, *args_w, **kwargs_w):
    """typing.<function>(*args_w) -- CPython's call_typing_func_object."""
    w_typing = import_guest("typing")
    return space.call(space.getattr(w_typing, function), list(args_w), kwargs_w or None)


def _type_check(w_arg, message):
    if w_arg is None:               # calling typing.py here leads to bootstrapping problems
        return space.type(None)
    return call_typing("_type_check", w_arg, message)


def caller_module():
    """The module of the running guest function (CPython's caller(): the frame's
    function's __module__, None when there is none)."""
    f = state.current_frame
    if f is None:
        return None
    w_function = f.w_function
    if w_function is not None:
        return getattr(w_function, "w_module", None)
    w_name = f.w_globals.storage.get("__name__", None)
    return w_name


def _unpack(w_param):
    return space.getitem(space.getattr(import_guest("typing"), "Unpack"), w_param)


def unpack_typevartuples(w_params):
    """TypeVarTuples become Unpack[Ts] where Generic (and __parameters__) need them."""
    params_w = w_params.items_w
    if not any(isinstance(w_p, W_TypeVarTuple) for w_p in params_w):
        return w_params
    return space.newtuple([_unpack(w_p) if isinstance(w_p, W_TypeVarTuple) else w_p
                           for w_p in params_w])


def _variance_repr(w_self):
    if w_self.infer_variance:
        return w_self.name
    return ("+" if w_self.covariant else "-" if w_self.contravariant else "~") + w_self.name


def _check_variance(covariant, contravariant, infer_variance):
    if covariant and contravariant:
        raise space.value_error("Bivariant types are not supported.")
    if infer_variance and (covariant or contravariant):
        raise space.value_error("Variance cannot be specified with infer_variance.")


def _refuse_subclassing(w_type, kind):
    @method(w_type, "__mro_entries__")
    def mro_entries(w_self, w_bases):
        raise space.type_error("Cannot subclass an instance of %s" % kind)


def _typing_type(name, instance_class, doc, has_dict=True, base=False):
    """A type of module typing, created like CPython's heap types from specs: its
    ``__module__`` is in its __dict__; instances take attributes (a managed dict) but
    have no ``__dict__`` attribute."""
    w_type = builtin_type(name, instance_class=instance_class, module="typing",
                          acceptable_as_base=base, has_dict=has_dict, doc=doc)
    w_type.dict_w.pop("__dict__", None)
    w_type.dict_w["__module__"] = "typing"
    w_type.heap_type = True         # __flags__ has Py_TPFLAGS_HEAPTYPE (copyreg relies on it)
    return w_type


# -- TypeVar ----------------------------------------------------------------------------------
class W_TypeVar(W_Root):
    def __init__(self, name, w_bound=None, w_evaluate_bound=None, w_constraints=None,
                 w_evaluate_constraints=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.name = name
        self.w_bound = w_bound                          # None: no bound (or not evaluated)
        self.w_evaluate_bound = w_evaluate_bound        # PEP 695: computes the bound once
        self.w_constraints = w_constraints              # a W_Tuple, None when there are none
        self.w_evaluate_constraints = w_evaluate_constraints
        self.covariant = covariant
        self.contravariant = contravariant
        self.infer_variance = infer_variance


def _evaluated(w_self, attr, evaluator_attr):
    """A lazily evaluated bound or constraints: computed on first access, then kept."""
    w_evaluate = getattr(w_self, evaluator_attr)
    if w_evaluate is not None:
        setattr(w_self, attr, space.call(w_evaluate, []))
        setattr(w_self, evaluator_attr, None)
    return getattr(w_self, attr)


def typevar_new(w_cls, *args_w, **kwargs_w):
    values, constraints_w = parse_clinic(
        "typevar", args_w, kwargs_w,
        ("name", "bound", "covariant", "contravariant", "infer_variance"), 1, 1, varargs=True)
    name = _check_name("typevar", values["name"])
    flags = [space.is_true(values.get(key, False))
             for key in ("covariant", "contravariant", "infer_variance")]
    _check_variance(*flags)
    w_bound = values.get("bound", None)
    if w_bound is not None:
        w_bound = _type_check(w_bound, "Bound must be a type.")
    if len(constraints_w) == 1:
        raise space.type_error("A single constraint is not allowed")
    if constraints_w and w_bound is not None:
        raise space.type_error("Constraints cannot be combined with bound=...")
    w_tv = W_TypeVar(name, w_bound, None, space.newtuple(constraints_w) if constraints_w
                     else None, None, *flags)
    space.setattr(w_tv, "__module__", caller_module())
    return w_tv


def typevar_bound(w_self):
    return _evaluated(w_self, "w_bound", "w_evaluate_bound")


def typevar_constraints(w_self):
    w_constraints = _evaluated(w_self, "w_constraints", "w_evaluate_constraints")
    return w_constraints if w_constraints is not None else space.newtuple([])


def _declare_typevar_like(w_type, kind):
    """What TypeVar and ParamSpec share: name, variance, repr, |, pickling by name."""
    readonly_member(w_type, "__name__", lambda w_self: w_self.name)
    for flag in ("covariant", "contravariant", "infer_variance"):
        readonly_member(w_type, "__%s__" % flag, lambda w_self, flag=flag: getattr(w_self, flag))
    method(w_type, "__repr__")(_variance_repr)
    method(w_type, "__or__")(lambda w_self, w_right: call_typing("_make_union", w_self,
                                                                  w_right))
    method(w_type, "__ror__")(lambda w_self, w_left: call_typing("_make_union", w_left,
                                                                  w_self))
    method(w_type, "__reduce__")(lambda w_self: w_self.name)
    _refuse_subclassing(w_type, kind)


# -- ParamSpec, ParamSpecArgs, ParamSpecKwargs ------------------------------------------------
class W_ParamSpec(W_Root):
    def __init__(self, name, w_bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.name = name
        self.w_bound = w_bound
        self.covariant = covariant
        self.contravariant = contravariant
        self.infer_variance = infer_variance


class W_ParamSpecAttr(W_Root):
    """P.args or P.kwargs (which of the two is the guest type)."""

    def __init__(self, w_origin):
        self.w_origin = w_origin


def paramspec_new(w_cls, *args_w, **kwargs_w):
    values, _ = parse_clinic("paramspec", args_w, kwargs_w,
                             ("name", "bound", "covariant", "contravariant", "infer_variance"),
                             1, 1)
    name = _check_name("paramspec", values["name"])
    flags = [space.is_true(values.get(key, False))
             for key in ("covariant", "contravariant", "infer_variance")]
    _check_variance(*flags)
    # CPython 3.12 checks the default bound too: ParamSpec("P").__bound__ is NoneType
    w_bound = _type_check(values.get("bound", None), "Bound must be a type.")
    w_ps = W_ParamSpec(name, w_bound, *flags)
    space.setattr(w_ps, "__module__", caller_module())
    return w_ps


def _paramspec_attr_type(kind, doc):
    w_type = _typing_type("ParamSpec" + kind.capitalize(), W_ParamSpecAttr, doc,
                          has_dict=False)
    fname = "paramspec" + kind

    @new_method(w_type)
    def attr_new(w_cls, *args_w, **kwargs_w):
        values, _ = parse_clinic(fname, args_w, kwargs_w, ("origin",), 1, 1)
        w_attr = W_ParamSpecAttr(values["origin"])
        w_attr.w_type = w_cls
        return w_attr

    @method(w_type, "__repr__")
    def attr_repr(w_self):
        if isinstance(w_self.w_origin, W_ParamSpec):
            return "%s.%s" % (w_self.w_origin.name, kind)
        return "%s.%s" % (space.repr(w_self.w_origin), kind)

    def compare(op):
        def compare_attr(w_self, w_other):
            if op not in ("==", "!=") or space.type(w_other) is not space.type(w_self):
                return space.w_NotImplemented
            return space.compare(w_self.w_origin, w_other.w_origin, op)
        return compare_attr

    for op, name in (("<", "__lt__"), ("<=", "__le__"), ("==", "__eq__"), ("!=", "__ne__"),
                     (">", "__gt__"), (">=", "__ge__")):
        method(w_type, name)(compare(op))
    w_type.dict_w["__hash__"] = None
    readonly_member(w_type, "__origin__", lambda w_self: w_self.w_origin)
    _refuse_subclassing(w_type, w_type.name)
    return w_type


def paramspec_args(w_self):
    return _new_paramspec_attr(w_paramspecargs_type, w_self)


def paramspec_kwargs(w_self):
    return _new_paramspec_attr(w_paramspeckwargs_type, w_self)


def _new_paramspec_attr(w_type, w_origin):
    w_attr = W_ParamSpecAttr(w_origin)
    w_attr.w_type = w_type
    return w_attr


# -- TypeVarTuple -----------------------------------------------------------------------------
class W_TypeVarTuple(W_Root):
    def __init__(self, name):
        self.name = name


def typevartuple_new(w_cls, *args_w, **kwargs_w):
    values, _ = parse_clinic("typevartuple", args_w, kwargs_w, ("name",), 1, 1)
    w_tvt = W_TypeVarTuple(_check_name("typevartuple", values["name"]))
    space.setattr(w_tvt, "__module__", caller_module())
    return w_tvt


def typevartuple_subst(w_self, w_arg):
    raise space.type_error("Substitution of bare TypeVarTuple is not supported")


# -- TypeAliasType ----------------------------------------------------------------------------
class W_TypeAlias(W_Root):
    def __init__(self, name, w_type_params, w_compute_value, w_value, w_module):
        self.name = name
        self.w_type_params = w_type_params      # a W_Tuple, None for a non-generic alias
        self.w_compute_value = w_compute_value  # PEP 695: the lazily called value function
        self.w_value = w_value
        self.has_value = w_compute_value is None
        self.w_module = w_module                # None: ask the value function


def typealias_new(w_cls, *args_w, **kwargs_w):
    values, _ = parse_clinic("typealias", args_w, kwargs_w, ("name", "value", "type_params"),
                             2, 2)
    name = _check_name("typealias", values["name"])
    w_type_params = values.get("type_params", MISSING)
    if w_type_params is MISSING:
        w_type_params = None
    elif not isinstance(w_type_params, W_Tuple):
        raise space.type_error("type_params must be a tuple")
    return W_TypeAlias(name, w_type_params, None, values["value"], caller_module())


def typealias_value(w_self):
    if not w_self.has_value:
        w_self.w_value = space.call(w_self.w_compute_value, [])
        w_self.has_value = True
    return w_self.w_value


def typealias_module(w_self):
    if w_self.w_module is not None:
        return w_self.w_module
    w_compute = w_self.w_compute_value
    return getattr(w_compute, "w_module", None) if w_compute is not None else None


def typealias_getitem(w_self, w_args):
    if w_self.w_type_params is None:
        raise space.type_error("Only generic type aliases are subscriptable")
    return new_generic_alias(w_self, w_args)


# -- Generic ----------------------------------------------------------------------------------
def generic_class_getitem(w_cls, *args_w, **kwargs_w):
    return call_typing("_generic_class_getitem", w_cls, *args_w, **kwargs_w)


def generic_init_subclass(w_cls, *args_w, **kwargs_w):
    return call_typing("_generic_init_subclass", w_cls, *args_w, **kwargs_w)


# -- PEP 695: what the interpreter's intrinsics create -----------------------------------------
def make_typevar(w_name, w_evaluate_bound=None, w_evaluate_constraints=None):
    """INTRINSIC_TYPEVAR(_WITH_BOUND/_WITH_CONSTRAINTS): ``class C[T: bound]``."""
    return W_TypeVar(w_name, None, w_evaluate_bound, None, w_evaluate_constraints,
                     infer_variance=True)


def make_paramspec(w_name):
    return W_ParamSpec(w_name, infer_variance=True)


def make_typevartuple(w_name):
    return W_TypeVarTuple(w_name)


def make_typealias(w_args):
    """INTRINSIC_TYPEALIAS: ``type Name[params] = value`` gives (name, params, function)."""
    w_name, w_type_params, w_compute_value = w_args.items_w
    return W_TypeAlias(w_name, w_type_params, w_compute_value, None, None)


def subscript_generic(w_params):
    """INTRINSIC_SUBSCRIPT_GENERIC: the implicit Generic[T, *Ts, P] base of ``class C[...]``."""
    return call_typing("_GenericAlias", w_generic_type, unpack_typevartuples(w_params))


# -- docstrings (CPython's) -------------------------------------------------------------------
TYPEVAR_DOC = """\
Type variable.

The preferred way to construct a type variable is via the dedicated
syntax for generic functions, classes, and type aliases::

    class Sequence[T]:  # T is a TypeVar
        ...

This syntax can also be used to create bound and constrained type
variables::

    # S is a TypeVar bound to str
    class StrSequence[S: str]:
        ...

    # A is a TypeVar constrained to str or bytes
    class StrOrBytesSequence[A: (str, bytes)]:
        ...

However, if desired, reusable type variables can also be constructed
manually, like so::

   T = TypeVar('T')  # Can be anything
   S = TypeVar('S', bound=str)  # Can be any subtype of str
   A = TypeVar('A', str, bytes)  # Must be exactly str or bytes

Type variables exist primarily for the benefit of static type
checkers.  They serve as the parameters for generic types as well
as for generic function and type alias definitions.

The variance of type variables is inferred by type checkers when they
are created through the type parameter syntax and when
``infer_variance=True`` is passed. Manually created type variables may
be explicitly marked covariant or contravariant by passing
``covariant=True`` or ``contravariant=True``. By default, manually
created type variables are invariant. See PEP 484 and PEP 695 for more
details."""

PARAMSPECARGS_DOC = """\
The args for a ParamSpec object.

Given a ParamSpec object P, P.args is an instance of ParamSpecArgs.

ParamSpecArgs objects have a reference back to their ParamSpec::

    >>> P = ParamSpec("P")
    >>> P.args.__origin__ is P
    True

This type is meant for runtime introspection and has no special meaning
to static type checkers."""

PARAMSPECKWARGS_DOC = """\
The kwargs for a ParamSpec object.

Given a ParamSpec object P, P.kwargs is an instance of ParamSpecKwargs.

ParamSpecKwargs objects have a reference back to their ParamSpec::

    >>> P = ParamSpec("P")
    >>> P.kwargs.__origin__ is P
    True

This type is meant for runtime introspection and has no special meaning
to static type checkers."""

PARAMSPEC_DOC = """\
Parameter specification variable.

The preferred way to construct a parameter specification is via the
dedicated syntax for generic functions, classes, and type aliases,
where the use of '**' creates a parameter specification::

    type IntFunc[**P] = Callable[P, int]

For compatibility with Python 3.11 and earlier, ParamSpec objects
can also be created as follows::

    P = ParamSpec('P')

Parameter specification variables exist primarily for the benefit of
static type checkers.  They are used to forward the parameter types of
one callable to another callable, a pattern commonly found in
higher-order functions and decorators.  They are only valid when used
in ``Concatenate``, or as the first argument to ``Callable``, or as
parameters for user-defined Generics. See class Generic for more
information on generic types.

An example for annotating a decorator::

    def add_logging[**P, T](f: Callable[P, T]) -> Callable[P, T]:
        '''A type-safe decorator to add logging to a function.'''
        def inner(*args: P.args, **kwargs: P.kwargs) -> T:
            logging.info(f'{f.__name__} was called')
            return f(*args, **kwargs)
        return inner

    @add_logging
    def add_two(x: float, y: float) -> float:
        '''Add two numbers together.'''
        return x + y

Parameter specification variables can be introspected. e.g.::

    >>> P = ParamSpec("P")
    >>> P.__name__
    'P'

Note that only parameter specification variables defined in the global
scope can be pickled."""

TYPEVARTUPLE_DOC = """\
Type variable tuple. A specialized form of type variable that enables
variadic generics.

The preferred way to construct a type variable tuple is via the
dedicated syntax for generic functions, classes, and type aliases,
where a single '*' indicates a type variable tuple::

    def move_first_element_to_last[T, *Ts](tup: tuple[T, *Ts]) -> tuple[*Ts, T]:
        return (*tup[1:], tup[0])

For compatibility with Python 3.11 and earlier, TypeVarTuple objects
can also be created as follows::

    Ts = TypeVarTuple('Ts')  # Can be given any name

Just as a TypeVar (type variable) is a placeholder for a single type,
a TypeVarTuple is a placeholder for an *arbitrary* number of types. For
example, if we define a generic class using a TypeVarTuple::

    class C[*Ts]: ...

Then we can parameterize that class with an arbitrary number of type
arguments::

    C[int]       # Fine
    C[int, str]  # Also fine
    C[()]        # Even this is fine

For more details, see PEP 646.

Note that only TypeVarTuples defined in the global scope can be
pickled."""

TYPEALIAS_DOC = """\
Type alias.

Type aliases are created through the type statement::

    type Alias = int

In this example, Alias and int will be treated equivalently by static
type checkers.

At runtime, Alias is an instance of TypeAliasType. The __name__
attribute holds the name of the type alias. The value of the type alias
is stored in the __value__ attribute. It is evaluated lazily, so the
value is computed only if the attribute is accessed.

Type aliases can also be generic::

    type ListOrSet[T] = list[T] | set[T]

In this case, the type parameters of the alias are stored in the
__type_params__ attribute.

See PEP 695 for more information."""

GENERIC_DOC = """\
Abstract base class for generic types.

On Python 3.12 and newer, generic classes implicitly inherit from
Generic when they declare a parameter list after the class's name::

    class Mapping[KT, VT]:
        def __getitem__(self, key: KT) -> VT:
            ...
        # Etc.

On older versions of Python, however, generic classes have to
explicitly inherit from Generic.

After a class has been declared to be generic, it can then be used as
follows::

    def lookup_name[KT, VT](mapping: Mapping[KT, VT], key: KT, default: VT) -> VT:
        try:
            return mapping[key]
        except KeyError:
            return default"""

GENERIC_CLASS_GETITEM_DOC = """\
Parameterizes a generic class.

At least, parameterizing a generic class is the *main* thing this
method does. For example, for some generic class `Foo`, this is called
when we do `Foo[int]` - there, with `cls=Foo` and `params=int`.

However, note that this method is also called when defining generic
classes in the first place with `class Foo[T]: ...`.
"""


# -- the types --------------------------------------------------------------------------------
w_typevar_type = _typing_type("TypeVar", W_TypeVar, TYPEVAR_DOC)
new_method(w_typevar_type)(typevar_new)
_declare_typevar_like(w_typevar_type, "TypeVar")
getset(w_typevar_type, "__bound__")(typevar_bound)
getset(w_typevar_type, "__constraints__")(typevar_constraints)
method(w_typevar_type, "__typing_subst__")(
    lambda w_self, w_arg: call_typing("_typevar_subst", w_self, w_arg))

w_paramspecargs_type = _paramspec_attr_type("args", PARAMSPECARGS_DOC)
w_paramspeckwargs_type = _paramspec_attr_type("kwargs", PARAMSPECKWARGS_DOC)

w_paramspec_type = _typing_type("ParamSpec", W_ParamSpec, PARAMSPEC_DOC)
new_method(w_paramspec_type)(paramspec_new)
_declare_typevar_like(w_paramspec_type, "ParamSpec")
readonly_member(w_paramspec_type, "__bound__", lambda w_self: w_self.w_bound)
getset(w_paramspec_type, "args", doc="Represents positional arguments.")(paramspec_args)
getset(w_paramspec_type, "kwargs", doc="Represents keyword arguments.")(paramspec_kwargs)
method(w_paramspec_type, "__typing_subst__")(
    lambda w_self, w_arg: call_typing("_paramspec_subst", w_self, w_arg))
method(w_paramspec_type, "__typing_prepare_subst__")(
    lambda w_self, w_alias, w_args: call_typing("_paramspec_prepare_subst", w_self, w_alias,
                                                w_args))

w_typevartuple_type = _typing_type("TypeVarTuple", W_TypeVarTuple, TYPEVARTUPLE_DOC)
new_method(w_typevartuple_type)(typevartuple_new)
readonly_member(w_typevartuple_type, "__name__", lambda w_self: w_self.name)
method(w_typevartuple_type, "__repr__")(lambda w_self: w_self.name)
method(w_typevartuple_type, "__iter__")(
    lambda w_self: space.iter(space.newtuple([_unpack(w_self)])))
method(w_typevartuple_type, "__typing_subst__")(typevartuple_subst)
method(w_typevartuple_type, "__typing_prepare_subst__")(
    lambda w_self, w_alias, w_args: call_typing("_typevartuple_prepare_subst", w_self,
                                                w_alias, w_args))
method(w_typevartuple_type, "__reduce__")(lambda w_self: w_self.name)
_refuse_subclassing(w_typevartuple_type, "TypeVarTuple")

# TypeAliasType is a static type in CPython: no __module__ string in its __dict__ (its
# instances' __module__ is a getset), and no instance attributes.
w_typealias_type = builtin_type("TypeAliasType", instance_class=W_TypeAlias, module="typing",
                                acceptable_as_base=False, doc=TYPEALIAS_DOC)
new_method(w_typealias_type)(typealias_new)
readonly_member(w_typealias_type, "__name__", lambda w_self: w_self.name)
getset(w_typealias_type, "__value__")(typealias_value)
getset(w_typealias_type, "__type_params__")(
    lambda w_self: w_self.w_type_params if w_self.w_type_params is not None
    else space.newtuple([]))
getset(w_typealias_type, "__parameters__")(
    lambda w_self: unpack_typevartuples(w_self.w_type_params)
    if w_self.w_type_params is not None else space.newtuple([]))
getset(w_typealias_type, "__module__")(typealias_module)
method(w_typealias_type, "__repr__")(lambda w_self: w_self.name)
method(w_typealias_type, "__getitem__")(typealias_getitem)
method(w_typealias_type, "__or__")(lambda w_self, w_right: union_or(w_self, w_right))
method(w_typealias_type, "__ror__")(lambda w_self, w_left: union_or(w_left, w_self))
method(w_typealias_type, "__reduce__")(lambda w_self: w_self.name)

w_generic_type = _typing_type("Generic", None, GENERIC_DOC, has_dict=False, base=True)
classmethod_(w_generic_type, "__class_getitem__", keywords=True,
             doc=GENERIC_CLASS_GETITEM_DOC)(generic_class_getitem)
classmethod_(w_generic_type, "__init_subclass__", keywords=True,
             doc="Function to initialize subclasses.")(generic_init_subclass)


def idfunc(w_x):
    return w_x


def make_module():
    m = ModuleDef("_typing", doc="Accelerators for the typing module.\n")
    for w_type in (w_typevar_type, w_paramspec_type, w_paramspecargs_type,
                   w_paramspeckwargs_type, w_typevartuple_type, w_typealias_type,
                   w_generic_type):
        m.type(w_type)
    w_idfunc = m.function(idfunc, "_idfunc")
    w_idfunc.text_signature = "($module, x, /)"
    w_idfunc.signature.name = "_typing._idfunc"     # as CPython names it in argument errors
    return m.w_module
