"""_typing: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and Generic
(CPython 3.12's Objects/typevarobject.c), written as snakevm guest code.

Like the C version, these classes call back into Lib's typing module for the
parts typing.py owns (_type_check, _make_union, the substitution helpers,
Generic's __class_getitem__ and __init_subclass__).  PEP 695 syntax reaches
them through the interpreter's intrinsics (snakevm/interpreter/intrinsics.py):
``_make_typevar``, ``_make_typealias`` and friends below create the objects
with lazily evaluated bounds, constraints and alias values."""

import sys


def _typing():
    import typing
    return typing


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get("__name__")
    except ValueError:
        return None


def _type_check(arg, message):
    if arg is None:
        return type(None)
    return _typing()._type_check(arg, message)


_NOT_EVALUATED = object()


def _no_subclassing(type_name):
    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.%s' is not an acceptable base type" % type_name)
    return classmethod(__init_subclass__)


def _check_name(name, function):
    if not isinstance(name, str):
        raise TypeError("%s() argument 'name' must be str, not %s"
                        % (function, type(name).__name__))


class TypeVar:
    """Type variable.

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
    details.
    """

    __module__ = "typing"
    __init_subclass__ = _no_subclassing("TypeVar")

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        _check_name(name, "typevar")
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if bound is not None:
            if constraints:
                raise TypeError("Constraints cannot be combined with bound=...")
            bound = _type_check(bound, "Bound must be a type.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        constraints = tuple(_type_check(c, "TypeVar(name, constraint, ...): constraints "
                                           "must be types.") for c in constraints)
        self._setup(name, bound, None, constraints, None, bool(covariant),
                    bool(contravariant), bool(infer_variance))
        object.__setattr__(self, "__module__", _caller_module())

    def _setup(self, name, bound, evaluate_bound, constraints, evaluate_constraints,
               covariant, contravariant, infer_variance):
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_bound", bound if evaluate_bound is None else _NOT_EVALUATED)
        object.__setattr__(self, "_evaluate_bound", evaluate_bound)
        object.__setattr__(self, "_constraints", constraints
                           if evaluate_constraints is None else _NOT_EVALUATED)
        object.__setattr__(self, "_evaluate_constraints", evaluate_constraints)
        object.__setattr__(self, "_covariant", covariant)
        object.__setattr__(self, "_contravariant", contravariant)
        object.__setattr__(self, "_infer_variance", infer_variance)

    __name__ = property(lambda self: self._name)
    __covariant__ = property(lambda self: self._covariant)
    __contravariant__ = property(lambda self: self._contravariant)
    __infer_variance__ = property(lambda self: self._infer_variance)

    @property
    def __bound__(self):
        if self._bound is _NOT_EVALUATED:
            object.__setattr__(self, "_bound", self._evaluate_bound())
        return self._bound

    @property
    def __constraints__(self):
        if self._constraints is _NOT_EVALUATED:
            object.__setattr__(self, "_constraints", self._evaluate_constraints())
        return self._constraints

    def __repr__(self):
        if self._infer_variance:
            return self._name
        prefix = "+" if self._covariant else "-" if self._contravariant else "~"
        return prefix + self._name

    def __or__(self, right):
        return _typing()._make_union(self, right)

    def __ror__(self, left):
        return _typing()._make_union(left, self)

    def __typing_subst__(self, arg):
        return _typing()._typevar_subst(self, arg)

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class ParamSpecArgs:
    """The args for a ParamSpec object.

    Given a ParamSpec object P, P.args is an instance of ParamSpecArgs.

    ParamSpecArgs objects have a reference back to their ParamSpec::

        >>> P = ParamSpec("P")
        >>> P.args.__origin__ is P
        True

    This type is meant for runtime introspection and has no special meaning
    to static type checkers.
    """

    __module__ = "typing"
    __init_subclass__ = _no_subclassing("ParamSpecArgs")

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        if isinstance(self.__origin__, ParamSpec):
            return "%s.args" % self.__origin__.__name__
        return "%r.args" % (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpecArgs")


class ParamSpecKwargs:
    """The kwargs for a ParamSpec object.

    Given a ParamSpec object P, P.kwargs is an instance of ParamSpecKwargs.

    ParamSpecKwargs objects have a reference back to their ParamSpec::

        >>> P = ParamSpec("P")
        >>> P.kwargs.__origin__ is P
        True

    This type is meant for runtime introspection and has no special meaning
    to static type checkers.
    """

    __module__ = "typing"
    __init_subclass__ = _no_subclassing("ParamSpecKwargs")

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        if isinstance(self.__origin__, ParamSpec):
            return "%s.kwargs" % self.__origin__.__name__
        return "%r.kwargs" % (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpecKwargs")


class ParamSpec:
    """Parameter specification variable.

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
    scope can be pickled.
    """

    __module__ = "typing"
    __init_subclass__ = _no_subclassing("ParamSpec")

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        _check_name(name, "paramspec")
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if bound is not None:
            bound = _type_check(bound, "Bound must be a type.")
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_bound", bound)
        object.__setattr__(self, "_covariant", bool(covariant))
        object.__setattr__(self, "_contravariant", bool(contravariant))
        object.__setattr__(self, "_infer_variance", bool(infer_variance))
        self.__module__ = _caller_module()

    __name__ = property(lambda self: self._name)
    __bound__ = property(lambda self: self._bound)
    __covariant__ = property(lambda self: self._covariant)
    __contravariant__ = property(lambda self: self._contravariant)
    __infer_variance__ = property(lambda self: self._infer_variance)
    args = property(lambda self: ParamSpecArgs(self),
                    doc="Represents positional arguments.")
    kwargs = property(lambda self: ParamSpecKwargs(self),
                      doc="Represents keyword arguments.")

    def __repr__(self):
        if self._infer_variance:
            return self._name
        prefix = "+" if self._covariant else "-" if self._contravariant else "~"
        return prefix + self._name

    def __or__(self, right):
        return _typing()._make_union(self, right)

    def __ror__(self, left):
        return _typing()._make_union(left, self)

    def __typing_subst__(self, arg):
        return _typing()._paramspec_subst(self, arg)

    def __typing_prepare_subst__(self, alias, args):
        return _typing()._paramspec_prepare_subst(self, alias, args)

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpec")


class TypeVarTuple:
    """Type variable tuple. A specialized form of type variable that enables
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
    pickled.
    """

    __module__ = "typing"
    __init_subclass__ = _no_subclassing("TypeVarTuple")

    def __init__(self, name):
        _check_name(name, "typevartuple")
        object.__setattr__(self, "_name", name)
        self.__module__ = _caller_module()

    __name__ = property(lambda self: self._name)

    def __iter__(self):
        yield _typing().Unpack[self]

    def __repr__(self):
        return self._name

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        return _typing()._typevartuple_prepare_subst(self, alias, args)

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVarTuple")


class TypeAliasType:
    """Type alias.

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

    See PEP 695 for more information.
    """

    __module__ = "typing"
    __init_subclass__ = _no_subclassing("TypeAliasType")

    def __init__(self, name, value, *, type_params=()):
        _check_name(name, "typealias")
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        self._setup(name, value, None, type_params, _caller_module())

    def _setup(self, name, value, evaluate_value, type_params, module):
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_value", value if evaluate_value is None
                           else _NOT_EVALUATED)
        object.__setattr__(self, "_evaluate_value", evaluate_value)
        object.__setattr__(self, "_type_params", type_params if type_params is not None
                           else ())
        object.__setattr__(self, "__module__", module)

    __name__ = property(lambda self: self._name)
    __type_params__ = property(lambda self: self._type_params)

    @property
    def __value__(self):
        if self._value is _NOT_EVALUATED:
            object.__setattr__(self, "_value", self._evaluate_value())
        return self._value

    @property
    def __parameters__(self):
        return _unpack_typevartuples(self._type_params)

    def __setattr__(self, name, value):
        if name in ("__name__", "__value__", "__type_params__", "__parameters__",
                    "__module__"):
            raise AttributeError("readonly attribute")
        raise AttributeError("'typing.TypeAliasType' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return self._name

    def __getitem__(self, parameters):
        if not self._type_params:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return _GenericAlias(self, parameters)

    def __or__(self, right):
        return _union_or(self, right)      # types.UnionType, from the interpreter level

    def __ror__(self, left):
        return _union_or(left, self)

    def __reduce__(self):
        return self._name


_GenericAlias = type(list[int])


def _unpack_typevartuples(params):
    if any(type(p) is TypeVarTuple for p in params):
        unpack = _typing().Unpack
        return tuple(unpack[p] if type(p) is TypeVarTuple else p for p in params)
    return params


class Generic:
    """Abstract base class for generic types.

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
                return default
    """

    __module__ = "typing"
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _typing()._generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        return _typing()._generic_init_subclass(cls, *args, **kwargs)

    __class_getitem__ = classmethod(__class_getitem__)
    __init_subclass__ = classmethod(__init_subclass__)


def _idfunc(_, x):
    return x


# -- PEP 695: what the interpreter's intrinsics create ----------------------------------------
def _make_typevar(name, evaluate_bound, evaluate_constraints):
    tv = object.__new__(TypeVar)
    tv._setup(name, None, evaluate_bound, None if evaluate_constraints is None else (),
              evaluate_constraints, False, False, True)
    tv.__module__ = _caller_module(2)
    return tv


def _make_paramspec(name):
    ps = ParamSpec(name, infer_variance=True)
    ps.__module__ = _caller_module(2)
    return ps


def _make_typevartuple(name):
    tvt = TypeVarTuple(name)
    tvt.__module__ = _caller_module(2)
    return tvt


def _make_typealias(name, type_params, evaluate_value):
    alias = object.__new__(TypeAliasType)
    alias._setup(name, None, evaluate_value, type_params, _caller_module(2))
    return alias


def _subscript_generic(params):
    return _typing()._GenericAlias(Generic, _unpack_typevartuples(params))
