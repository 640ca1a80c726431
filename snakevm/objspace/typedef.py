"""Declaring built-in types, methods and functions (snakevm's "gateway").

A built-in type is declared once with ``builtin_type`` and its methods with
decorators; argument checking comes from the host function's signature::

    list_type = builtin_type("list", instance_class=W_List)

    @method(list_type, "append")
    def list_append(w_self, w_item):
        w_self.items_w.append(w_item)
        return None

Signature conventions (read by ``Signature``):
  * the first parameter receives the instance (``self``), except for
    ``@classmethod_`` (receives the type) and ``@staticmethod_`` (nothing);
  * further positional parameters are positional-only, unless the decorator
    says ``keywords=True``; a parameter with a default is optional;
  * keyword-only parameters (after ``*``) are keyword-only in the guest too;
  * ``*args_w`` takes extra positional arguments as a host list,
    ``**kwargs_w`` takes extra keywords as a host dict {str: w_obj};
  * a ``w_`` prefix on a parameter name is dropped in guest-visible names.
  * use ``NOT_GIVEN`` as a default to tell "omitted" from an explicit None.

Getters/setters of built-in attributes (``__name__``, ``real``...) are
declared with ``@getset(type, "name")``.

Function results: the host function returns a guest value (unboxed or W_Root);
returning host None means guest None.
"""
import os
import traceback as host_traceback


import builtins as host_builtins
import inspect

from snakevm.objspace.root import W_Root, OperationError, UNBOXED_TYPES
from snakevm.memory.finalizers import adopt
from snakevm.objspace.typeobject import W_TypeObject, w_object_type

# the object space: set by space.py once it exists (it imports this module)
space = None


class _NotGiven:
    def __repr__(self):
        return "NOT_GIVEN"


NOT_GIVEN = _NotGiven()

ALL_BUILTIN_TYPES = {}          # name -> W_TypeObject, for introspection and tests


def builtin_type(name, bases=None, instance_class=None, *, acceptable_as_base=True,
                 module="builtins", has_dict=False, doc=None):
    """Create and register the guest type object of a built-in type."""
    if bases is None:
        bases = [w_object_type]
    w_type = W_TypeObject.new_builtin(name, list(bases), instance_class,
                                      acceptable_as_base=acceptable_as_base,
                                      module=module, has_dict=has_dict, doc=doc)
    ALL_BUILTIN_TYPES.setdefault(name, w_type)
    if has_dict and not any(w_base.has_dict for w_base in bases):
        from snakevm.objspace.slots import dict_descriptor
        w_type.dict_w["__dict__"] = dict_descriptor(w_type)
    return w_type


# -- argument checking ---------------------------------------------------------

_NO_KWARGS = {}       # shared, never changed: calls pass it as ``**kwargs``


class Signature:
    """The guest-visible signature of a host function implementing a built-in."""
    slot_wrapper = False        # a slot wrapper's: CPython's check_num_args wording

    def __init__(self, func, name, skip_first, keywords, class_first=False):
        self.name = name
        self.function_str = name    # _PyObject_FunctionStr: module-qualified outside builtins
        self.keywords = keywords
        self._unread = (func, skip_first, class_first)    # read on first use: most built-ins
                                                          # are never called, and inspect is
                                                          # slow (start-up)

    def __getattr__(self, attribute):
        """The fields read from the host function (only called while they are missing)."""
        unread = self.__dict__.get("_unread")
        if unread is None:
            raise AttributeError(attribute)
        self._read(*unread)             # (may fail, e.g. out of host stack: then again later)
        self._unread = None
        return getattr(self, attribute)

    def _read(self, func, skip_first, class_first):
        params = list(inspect.signature(func).parameters.values())
        if skip_first:
            params = params[1:]
        elif class_first and params and params[0].kind == params[0].POSITIONAL_OR_KEYWORD:
            # a __new__'s class is positional-only (dict(cls=1) is a key named 'cls')
            params[0] = params[0].replace(kind=params[0].POSITIONAL_ONLY)
        self.positional = []        # guest names
        self.defaults = []          # host defaults (or inspect.Parameter.empty)
        self.kwonly = {}            # guest name -> default
        self.varargs = False
        self.varkw = False
        self.posonly = set()        # guest names that cannot be passed by keyword
        for p in params:
            guest = p.name[2:] if p.name.startswith("w_") else p.name
            if p.kind == p.POSITIONAL_ONLY:
                self.posonly.add(guest)
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
                self.positional.append(guest)
                self.defaults.append(p.default)
            elif p.kind == p.VAR_POSITIONAL:
                self.varargs = True
            elif p.kind == p.KEYWORD_ONLY:
                self.kwonly[guest] = p.default
            elif p.kind == p.VAR_KEYWORD:
                self.varkw = True
        self.min_args = sum(1 for d in self.defaults if d is inspect.Parameter.empty)
        self.max_args = len(self.positional)
        self.no_required_kwonly = all(d is not inspect.Parameter.empty
                                      for d in self.kwonly.values())
        # positional_only_call(n): n positional arguments alone bind as they are
        top = 1 << 62 if self.varargs else self.max_args
        self.positional_only_call = range(self.min_args, top + 1).__contains__ \
            if self.no_required_kwonly else frozenset().__contains__

    def bind(self, args_w, kwargs_w):
        """Check guest arguments; return (host args list, host kwargs dict)."""
        if not kwargs_w and self.positional_only_call(len(args_w)):
            return args_w, _NO_KWARGS        # the common case: the host fills in defaults
        nargs = len(args_w)
        if kwargs_w and not (self.keywords or self.kwonly or self.varkw):
            owner, _, last = self.name.rpartition(".")
            name = owner if last in ("__new__", "__init__") and owner else self.name
            raise space.type_error("%s() takes no keyword arguments" % name)
        if nargs > self.max_args and not self.varargs:
            raise space.type_error(self._count_message(nargs))
        args = list(args_w[:self.max_args])
        extra = list(args_w[self.max_args:])
        kwargs = {}
        leftover = {}
        if kwargs_w:
            for key, w_value in kwargs_w.items():
                if self.keywords and key in self.positional and key not in self.posonly:
                    index = self.positional.index(key)
                    if index < len(args):
                        raise space.type_error(
                            "argument for %s() given by name ('%s') and position (%d)"
                            % (self.name, key, index + 1))
                    kwargs[index] = w_value
                elif key in self.kwonly:
                    kwargs[key] = w_value
                elif self.varkw:
                    leftover[key] = w_value
                else:
                    raise space.type_error("'%s' is an invalid keyword argument for %s()"
                                           % (key, self._short_name()))
        # fill positional slots from keywords / defaults
        for index in range(len(args), self.max_args):
            if index in kwargs:
                args.append(kwargs.pop(index))
            elif self.defaults[index] is not inspect.Parameter.empty:
                args.append(self.defaults[index])
            else:
                if not self.keywords and not kwargs_w:
                    raise space.type_error(self._count_message(nargs))
                raise space.type_error("%s() missing required argument '%s' (pos %d)"
                                       % (self.name, self.positional[index], index + 1))
        host_kwargs = {}
        for key, default in self.kwonly.items():
            if key in kwargs:
                host_kwargs[_host_name(key)] = kwargs[key]
            elif default is inspect.Parameter.empty:
                raise space.type_error("%s() missing required keyword-only argument: '%s'"
                                       % (self.name, key))
        if self.varkw:
            host_kwargs.update(leftover)
        return args + extra, host_kwargs

    def _short_name(self):
        """'list' for list.__init__/__new__, 'sort' for list.sort, 'len' for len."""
        owner, _, last = self.name.rpartition(".")
        if last == "__get__":
            return ""                   # CPython unpacks __get__'s arguments under the name ""
        return owner if last in ("__new__", "__init__") and owner else last

    def _count_message(self, given):
        """CPython's wording: METH_NOARGS/METH_O, Argument Clinic (functions taking
        keywords), or PyArg_UnpackTuple ("name expected N arguments, got M")."""
        if self.slot_wrapper and not self.varargs and self.min_args == self.max_args:
            return "expected %d argument%s, got %d" % (
                self.max_args, "" if self.max_args == 1 else "s", given)
        if self.max_args == 0 and not self.varargs and self.kwonly:
            return "%s() takes no positional arguments" % self._short_name()
        if self.max_args == 0 and not self.varargs:
            return "%s() takes no arguments (%d given)" % (self.function_str, given)
        if self.name.endswith(".__new__"):          # the class argument is implicit
            given -= 1
            low, high = self.min_args - 1, self.max_args - 1
        else:
            low, high = self.min_args, self.max_args
        if self.min_args == self.max_args == 1 and not self.varargs:
            return "%s() takes exactly one argument (%d given)" % (self.function_str, given)
        name = self._short_name()
        if self.keywords and given > high:
            if not self.kwonly:
                return "%s() takes %s %d argument%s (%d given)" % (
                    name, "exactly" if low == high else "at most", high,
                    "" if high == 1 else "s", given)
            total = high + len(self.kwonly)     # Argument Clinic counts them all first
            if given > total:
                return "%s() takes at most %d argument%s (%d given)" % (
                    name, total, "" if total == 1 else "s", given)
            return "%s() takes %s %d positional argument%s (%d given)" % (
                name, "exactly" if low == high else "at most", high,
                "" if high == 1 else "s", given)
        if low == high:
            return "%s expected %d argument%s, got %d" % (
                name, high, "" if high == 1 else "s", given)
        if given > high:
            return "%s expected at most %d argument%s, got %d" % (
                name, high, "" if high == 1 else "s", given)
        return "%s expected at least %d argument%s, got %d" % (
            name, low, "" if low == 1 else "s", given)


def _host_name(guest_name):
    return guest_name   # keyword-only host parameters keep their names


# -- host exceptions out of built-ins ---------------------------------------------
# Exceptions that describe a failed operation: the guest gets the same exception.
# Any other host exception out of a built-in is a snakevm bug: the guest gets a
# SystemError naming it (catchable, and visible).
_OPERATION_ERRORS = (ArithmeticError, LookupError, ValueError, TypeError, BufferError,
                     EOFError, OSError, MemoryError, RecursionError, NotImplementedError,
                     StopIteration)


def guest_error_from_host(e, where):
    """The guest exception for host exception ``e`` raised inside built-in ``where``
    (the call path of built-ins is where host exceptions become guest ones)."""
    from snakevm.objspace import bridge            # the bridge imports this module
    if isinstance(e, _OPERATION_ERRORS):
        return bridge.host_exception(e)
    if os.environ.get("SNAKEVM_TRACEBACK"):         # where the snakevm bug is
        host_traceback.print_exception(e)
    return space.error(space.builtin_exception("SystemError"),
                       "snakevm internal error in %s: %s: %s" % (where, type(e).__name__, e))


# -- guest-visible wrappers around host functions --------------------------------

class W_BuiltinFunction(W_Root):
    w_method_wrapper_type = None      # set by descrtypes: the type of bound slot wrappers
    """A built-in function, or a built-in method bound to ``w_self``
    (guest type ``builtin_function_or_method``)."""

    def __init__(self, func, name, signature, w_self=None, qualname=None, module=None,
                 doc=None, pass_self=False):
        self.func = func
        self.name = name
        self.qualname = qualname or name
        self.signature = signature
        self.w_self = w_self
        self.pass_self = pass_self
        self.module = module
        self.doc = doc

    def call(self, args_w, kwargs_w=None):
        signature = self.signature
        if not kwargs_w and signature.positional_only_call(len(args_w)):
            args, kwargs = args_w, _NO_KWARGS        # (bind's common case, without the call)
        else:
            args, kwargs = signature.bind(args_w, kwargs_w)
        try:
            if kwargs:
                if self.pass_self:
                    return self.func(self.w_self, *args, **kwargs)
                return self.func(*args, **kwargs)
            if self.pass_self:
                return self.func(self.w_self, *args)
            return self.func(*args)
        except OperationError:
            raise
        except Exception as e:
            raise guest_error_from_host(e, self.qualname)

    def call_exact(self, *args_w):
        """call() for positional arguments that the caller knows fill the signature
        of this unbound built-in function (len(x), isinstance(x, C): CALL_NO_KW_LEN,
        CALL_NO_KW_ISINSTANCE and compiled code's calls of them)."""
        try:
            return self.func(*args_w)
        except OperationError:
            raise
        except Exception as e:
            raise guest_error_from_host(e, self.qualname)


class W_MethodDescriptor(W_Root):
    """A method of a built-in type, unbound (guest type ``method_descriptor``, or
    ``wrapper_descriptor`` for a slot wrapper: its instance ``w_type`` says so)."""
    w_wrapper_descriptor_type = None

    def __init__(self, func, name, w_objclass, signature, doc=None):
        self.func = func
        self.name = name
        self.w_objclass = w_objclass
        self.signature = signature
        self.doc = doc

    def call(self, args_w, kwargs_w=None):
        """Called through the type, e.g. ``list.append(lst, 1)``."""
        if not args_w:
            raise space.type_error("unbound method %s() needs an argument" % self.qualname())
        w_self = args_w[0]
        w_type = w_self.w_type if isinstance(w_self, W_Root) else \
            UNBOXED_TYPES.get(w_self.__class__)
        if w_type is not self.w_objclass and \
                (w_type is None or not w_type.is_subtype(self.w_objclass)):
            self.check_self(w_self, calling=True)       # (raises its TypeError)
        signature = self.signature
        args = args_w[1:]
        if kwargs_w or not signature.positional_only_call(len(args)):
            args, kwargs = signature.bind(args, kwargs_w)
        else:
            kwargs = _NO_KWARGS                 # (bind's common case, without the call)
        try:
            return self.func(w_self, *args, **kwargs)
        except OperationError:
            raise
        except Exception as e:
            raise guest_error_from_host(e, self.qualname())

    def check_self(self, w_self, calling=False):
        """``w_self`` fits (CPython's descr_check; a slot wrapper called with a wrong
        object words it as wrapperdescr_call does)."""
        if not space.isinstance_w(w_self, self.w_objclass):
            if calling and self.signature.slot_wrapper:
                raise space.type_error(
                    "descriptor '%s' requires a '%s' object but received a '%s'"
                    % (self.name, self.w_objclass.tp_name(), space.type(w_self).tp_name()))
            raise space.type_error(
                "descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
                % (self.name, self.w_objclass.tp_name(), space.type(w_self).tp_name()))

    def qualname(self):
        return "%s.%s" % (self.w_objclass.name, self.name)

    def bind(self, w_self):
        w_bound = W_BuiltinFunction(self.func, self.name, self.signature, w_self=w_self,
                                    qualname=self.qualname(), pass_self=True, doc=self.doc)
        w_bound.text_signature = getattr(self, "text_signature", None)
        if self.name in SLOT_NAMES and W_BuiltinFunction.w_method_wrapper_type is not None:
            w_bound.w_type = W_BuiltinFunction.w_method_wrapper_type   # bound slot wrapper
            w_bound.w_objclass = self.w_objclass
        return w_bound


# Special methods that CPython implements as type slots: bound to an object they are
# 'method-wrapper' objects rather than 'builtin_function_or_method'.
SLOT_NAMES = frozenset("""
__repr__ __str__ __hash__ __call__ __getattribute__ __getattr__ __setattr__ __delattr__
__lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __next__ __get__ __set__ __delete__
__init__ __del__ __len__ __getitem__ __setitem__ __delitem__ __contains__ __bool__
__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__
__pow__ __rpow__ __neg__ __pos__ __abs__ __invert__ __lshift__ __rlshift__ __rshift__
__rrshift__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __int__ __float__ __index__
__iadd__ __isub__ __imul__ __imod__ __ipow__ __ilshift__ __irshift__ __iand__ __ixor__
__ior__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__ __ifloordiv__ __itruediv__
__matmul__ __rmatmul__ __imatmul__ __await__ __aiter__ __anext__ __buffer__
__release_buffer__
""".split())


class W_ClassMethodDescriptor(W_MethodDescriptor):
    """A classmethod of a built-in type (``dict.fromkeys``, ``int.from_bytes``)."""

    def call(self, args_w, kwargs_w=None):
        """Called unbound, e.g. ``dict.__dict__['fromkeys'](dict, 'ab')``."""
        if not args_w:
            raise space.type_error("descriptor '%s' of '%s' object needs an argument"
                                   % (self.name, self.w_objclass.tp_name()))
        return self.bind_to_class(args_w[0]).call(args_w[1:], kwargs_w)

    def check_class(self, w_cls):
        """CPython's classmethod_get checks: a subtype of the defining class."""
        if not isinstance(w_cls, W_TypeObject):
            raise space.type_error("descriptor '%s' for type '%s' needs a type, not a '%s' "
                                   "as arg 2" % (self.name, self.w_objclass.tp_name(),
                                                 space.type(w_cls).tp_name()))
        if not w_cls.is_subtype(self.w_objclass):
            raise space.type_error("descriptor '%s' requires a subtype of '%s' but received "
                                   "'%s'" % (self.name, self.w_objclass.tp_name(),
                                             w_cls.tp_name()))

    def bind_to_class(self, w_cls):
        self.check_class(w_cls)
        return W_BuiltinFunction(self.func, self.name, self.signature, w_self=w_cls,
                                 qualname=self.qualname(), pass_self=True, doc=self.doc)


class W_GetSetDescriptor(W_Root):
    """A computed attribute of a built-in type (guest type ``getset_descriptor``).

    ``getter``, ``setter`` and ``deleter`` check their receiver first, like CPython's
    descr_check: the host functions they wrap (``get_impl``...) may assume an instance
    of ``w_objclass`` (``type.__dict__['__name__'].__get__(5)`` must be a TypeError).
    They are bound methods made on each access: a stored closure would hold the
    descriptor in a reference the collector cannot see."""

    def __init__(self, name, w_objclass, getter, setter=None, deleter=None, doc=None):
        self.name = name
        self.w_objclass = w_objclass
        self.get_impl = getter
        self.set_impl = setter
        self.delete_impl = deleter
        self.doc = doc

    @property
    def getter(self):
        return self.checked_get

    @getter.setter
    def getter(self, func):
        self.get_impl = func

    @property
    def setter(self):
        return self.checked_set if self.set_impl is not None else None

    @property
    def deleter(self):
        return self.checked_delete if self.delete_impl is not None else None

    def checked_get(self, w_obj):
        self.check_receiver(w_obj)
        return self.get_impl(w_obj)

    def checked_set(self, w_obj, w_value):
        self.check_receiver(w_obj)
        return self.set_impl(w_obj, w_value)

    def checked_delete(self, w_obj):
        self.check_receiver(w_obj)
        return self.delete_impl(w_obj)

    def check_receiver(self, w_obj):
        w_objclass = self.w_objclass
        if not w_objclass.bases_w:              # ``object``: every object is one
            return
        w_type = space.type(w_obj)
        if w_type is not w_objclass and not w_type.is_subtype(w_objclass):
            raise descriptor_receiver_error(self, w_obj)


def descriptor_receiver_error(w_descr, w_obj):
    """CPython's descr_check error: ``w_obj`` is not an instance of the descriptor's class."""
    return space.type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
                            % (w_descr.name, w_descr.w_objclass.tp_name(),
                               space.type(w_obj).tp_name()))


# -- decorators ------------------------------------------------------------------

def method(w_type, name, keywords=False, doc=None):
    """Declare a method of a built-in type (a ``wrapper_descriptor`` where CPython's
    is a slot wrapper)."""
    def decorate(func):
        sig = Signature(func, "%s.%s" % (w_type.name, name), skip_first=True, keywords=keywords)
        w_descr = W_MethodDescriptor(func, name, w_type, sig, doc=doc or func.__doc__)
        if is_slot_wrapper(w_type, name):
            sig.slot_wrapper = True
            mark_slot_wrapper(w_descr)
        w_type.dict_w[name] = w_descr
        return func
    return decorate


def is_slot_wrapper(w_type, name):
    """Is CPython's ``type.name`` a slot wrapper (wrapper_descriptor)?  The host's own
    type says so when it has the attribute (a few special methods are plain methods
    there: dict.__getitem__), else the name does."""
    if name not in SLOT_NAMES:
        return False
    host_type = getattr(host_builtins, w_type.name, None)
    if isinstance(host_type, type) and name in host_type.__dict__:
        return type(host_type.__dict__[name]).__name__ == "wrapper_descriptor"
    return True


_UNMARKED_SLOT_WRAPPERS = []       # made before the wrapper_descriptor type (descrtypes.py)


def mark_slot_wrapper(w_descr):
    w_type = W_MethodDescriptor.w_wrapper_descriptor_type
    if w_type is None:
        _UNMARKED_SLOT_WRAPPERS.append(w_descr)
    else:
        w_descr.w_type = w_type


def set_wrapper_descriptor_type(w_type):
    W_MethodDescriptor.w_wrapper_descriptor_type = w_type
    for w_descr in _UNMARKED_SLOT_WRAPPERS:
        w_descr.w_type = w_type
    del _UNMARKED_SLOT_WRAPPERS[:]


def classmethod_(w_type, name, keywords=False, doc=None):
    """Declare a classmethod of a built-in type; the function receives the class first."""
    def decorate(func):
        sig = Signature(func, "%s.%s" % (w_type.name, name), skip_first=True, keywords=keywords)
        w_type.dict_w[name] = W_ClassMethodDescriptor(func, name, w_type, sig,
                                                      doc=doc or func.__doc__)
        return func
    return decorate


def staticmethod_(w_type, name, keywords=False, doc=None):
    """Declare a staticmethod of a built-in type (``str.maketrans``)."""
    def decorate(func):
        from snakevm.objspace.descriptors import W_StaticMethod
        w_type.dict_w[name] = W_StaticMethod(builtin_function(func, name, keywords=keywords))
        return func
    return decorate


def as_instance_of(w_obj, w_cls):
    """Make the new built-in object ``w_obj`` an instance of ``w_cls`` (its own
    built-in type or a subclass of it): the class, and a __dict__ when the
    subclass gives its instances one.  Returns ``w_obj``."""
    if w_cls is not type(w_obj).w_type:
        w_obj.w_type = w_cls
        if w_cls.has_dict:
            w_obj.w_dict = space.newdict()
        if not w_cls.is_builtin:
            adopt(w_obj)
    return w_obj


def new_method(w_type, keywords=True):
    """Declare ``__new__`` of a built-in type: the function receives the class
    being instantiated first (it is stored as a staticmethod, like CPython's
    tp_new wrapper)."""
    def decorate(func):
        from snakevm.objspace.descriptors import W_StaticMethod

        def checked_new(*args_w, **kwargs_w):
            _check_new_argument(w_type, args_w)
            return func(*args_w, **kwargs_w)
        sig = Signature(func, "%s.__new__" % w_type.name, skip_first=False, keywords=keywords,
                        class_first=True)
        w_function = W_BuiltinFunction(checked_new, "__new__", sig,
                                       qualname="%s.__new__" % w_type.name)
        w_function.tp_new = func
        # what calling the type uses (typecall.type_call): the class passed is the
        # type itself or a built-in subtype that inherits it, which the checks accept
        w_function.w_unchecked = W_BuiltinFunction(func, "__new__", sig,
                                                 qualname="%s.__new__" % w_type.name)
        w_function.w_owner = w_type             # its __self__, as CPython's tp_new wrapper
        w_type.dict_w["__new__"] = W_StaticMethod(w_function)
        return func
    return decorate


def _check_new_argument(w_type, args_w):
    """CPython's tp_new_wrapper checks: X.__new__(Y) needs a subtype Y of X."""
    if not args_w:
        raise space.type_error("%s.__new__(): not enough arguments" % w_type.name)
    w_cls = args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise space.type_error("%s.__new__(X): X is not a type object (%s)"
                               % (w_type.name, space.type(w_cls).name))
    if not w_cls.is_subtype(w_type):
        raise space.type_error("%s.__new__(%s): %s is not a subtype of %s"
                               % (w_type.tp_name(), w_cls.tp_name(), w_cls.tp_name(),
                                  w_type.tp_name()))
    w_static, w_owner = _static_new_base(w_cls)
    if w_owner is not None and \
            _tp_new(w_owner.dict_w["__new__"]) is not _tp_new(w_type.lookup("__new__")):
        raise space.type_error("%s.__new__(%s) is not safe, use %s.__new__()"
                               % (w_type.tp_name(), w_cls.tp_name(), w_static.tp_name()))


def _tp_new(w_new):
    """The host function behind a built-in ``__new__`` (CPython compares tp_new slots:
    two types sharing one, like ValueError and Exception, are interchangeable)."""
    return getattr(getattr(w_new, "w_function", None), "tp_new", w_new)


def _static_new_base(w_cls):
    """(the type named in the "not safe" error, the built-in type whose ``__new__`` it
    uses) for ``w_cls``: CPython follows tp_base from ``w_cls`` to the first type whose
    tp_new is not slot_tp_new (a type without a ``__new__`` of its own inherits its
    tp_base's).  ``int.__new__(bool)`` is unsafe, bool has its own; a class deriving
    from a tuple subclass and a pure-Python mixin (Generic) is built by tuple's."""
    w_base = w_cls
    while w_base is not None:
        w_owner = w_base
        while w_owner is not None and "__new__" not in w_owner.dict_w:
            w_owner = _layout_base(w_owner)
        if w_owner is None or isinstance(getattr(w_owner.dict_w["__new__"], "w_function", None),
                                         W_BuiltinFunction):
            return w_base, w_owner                  # (a built-in __new__: a C tp_new)
        w_base = _layout_base(w_base)
    return None, None


def _layout_base(w_type):
    """CPython's tp_base: the base that gave ``w_type`` its instance layout."""
    for w_base in w_type.bases_w:
        if w_base.instance_class is w_type.instance_class:
            return w_base
    return w_type.bases_w[0] if w_type.bases_w else None


def getset(w_type, name, setter=None, deleter=None, doc=None):
    """Declare a computed attribute; the decorated function is the getter(w_self)."""
    def decorate(getter):
        w_type.dict_w[name] = W_GetSetDescriptor(name, w_type, getter, setter, deleter,
                                                 doc=doc)
        return getter
    return decorate


def builtin_function(func, name, keywords=False, module="builtins", doc=None):
    """Wrap a host function as a guest built-in function object."""
    sig = Signature(func, name, skip_first=False, keywords=keywords)
    if module != "builtins":
        sig.function_str = "%s.%s" % (module, name)
    return W_BuiltinFunction(func, name, sig, module=module, doc=doc or func.__doc__)
