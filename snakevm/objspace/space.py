"""The object space: every operation on guest objects goes through here.

The interpreter treats objects as black boxes and calls ``space.getattr``,
``space.call``, ``space.binary_op``...; this module implements those with
CPython's rules: special-method lookup on the *type* along the MRO,
descriptors, reflected operands with subclass priority, NotImplemented, rich
comparison reflection, truth via __bool__ then __len__, and so on.

``space`` is the single ObjSpace instance: ``from snakevm.objspace.space import space``.

Guest values that are unboxed host values (int, bool, float, complex, str,
bytes, None) get their type from ``UNBOXED_TYPES``; the built-in type modules
register themselves there.  Fast paths for unboxed operands are allowed only
where CPython's semantics for those exact types are the host's semantics.
"""

import operator
import sys as host_sys

from snakevm import limits

from snakevm.objspace.root import W_Root, OperationError, UNBOXED_TYPES
from snakevm.objspace.typeobject import W_TypeObject, w_object_type, w_type_type, MISSING
from snakevm.objspace import typedef as td
from snakevm.objspace import root, typeobject

_SEQUENCE_LAYOUTS = frozenset(("W_List", "W_Tuple"))   # (named: their modules import this one)

# name, reflected name, in-place name, host operator for the unboxed fast path
BINARY_OPERATIONS = {
    "+": ("__add__", "__radd__", "__iadd__", operator.add),
    "-": ("__sub__", "__rsub__", "__isub__", operator.sub),
    "*": ("__mul__", "__rmul__", "__imul__", operator.mul),
    "@": ("__matmul__", "__rmatmul__", "__imatmul__", None),
    "/": ("__truediv__", "__rtruediv__", "__itruediv__", operator.truediv),
    "//": ("__floordiv__", "__rfloordiv__", "__ifloordiv__", operator.floordiv),
    "%": ("__mod__", "__rmod__", "__imod__", operator.mod),     # int/float only: see below
    "**": ("__pow__", "__rpow__", "__ipow__", None),
    "<<": ("__lshift__", "__rlshift__", "__ilshift__", operator.lshift),
    ">>": ("__rshift__", "__rrshift__", "__irshift__", operator.rshift),
    "&": ("__and__", "__rand__", "__iand__", operator.and_),
    "|": ("__or__", "__ror__", "__ior__", operator.or_),
    "^": ("__xor__", "__rxor__", "__ixor__", operator.xor),
}

# rich comparisons: name, reflected name, symbol
COMPARISONS = {
    "<": ("__lt__", "__gt__"), "<=": ("__le__", "__ge__"),
    "==": ("__eq__", "__eq__"), "!=": ("__ne__", "__ne__"),
    ">": ("__gt__", "__lt__"), ">=": ("__ge__", "__le__"),
}

UNARY_OPERATIONS = {"-": "__neg__", "+": "__pos__", "~": "__invert__"}

# Exact host types whose host operations, mixed too, equal the guest's.
_FAST_NUMBER_TYPES = frozenset((int, float))


class ObjSpace:
    """Operations on guest objects (PyPy's ``space``)."""

    def __init__(self):
        self.call_function_hook = None     # set by the interpreter: runs a W_Function
        self.w_None = None
        self.w_NotImplemented = None       # set by the singletons module
        self.w_Ellipsis = None
        # Host classes (and functions) of modules that import this one, which each sets
        # when it loads: an import inside the methods that use them would run the import
        # machinery at every call (about 0.2 us; newtuple's did, per tuple).
        self.function_class = None         # W_Function (set by objspace/functionobject.py)
        self.method_class = None           # W_Method (objspace/functionobject.py)
        self.dict_class = None             # W_Dict (objspace/dictobject.py)
        self.list_class = None             # W_List (objspace/listobject.py)
        self.tuple_class = None            # W_Tuple (objspace/tupleobject.py)
        self.super_class = None            # W_Super (objspace/superobject.py)
        self.mappingproxy_class = None     # W_MappingProxy (objspace/dictproxyobject.py)
        self.exception_types = None        # name -> built-in exception (objspace/exceptions.py)
        self.type_call = None              # type.__call__ (objspace/typecall.py)
        self.check_listable = None         # MemoryError checks of list sizes
        self.check_list_size = None        # (objspace/rangeobject.py)
        self.exact_hashers = {}            # host class -> (its built-in type, hash function)
        self.exact_lengths = {}            # host class -> (its built-in type, len function)
        self.exact_getitems = {}           # host class -> (its built-in type, __getitem__)
        self.exact_contains = {}           # host class -> (its built-in type, __contains__)
        self.exact_setitems = {}           # host class -> (its built-in type, __setitem__)

    # -- types -----------------------------------------------------------------
    def type(self, w_obj):
        if isinstance(w_obj, W_Root):
            return w_obj.w_type
        try:
            return UNBOXED_TYPES[type(w_obj)]
        except KeyError:
            raise SystemError("host object %r reached the guest" % (w_obj,)) from None

    def isinstance_w(self, w_obj, w_type):
        """Exact-MRO isinstance (no __instancecheck__)."""
        return self.type(w_obj).is_subtype(w_type)

    def issubtype_w(self, w_sub, w_type):
        return w_sub.is_subtype(w_type)

    def lookup(self, w_obj, name):
        """Look ``name`` up on the type of ``w_obj`` (special-method lookup)."""
        return self.type(w_obj).lookup(name)

    # -- errors ----------------------------------------------------------------
    def error(self, w_exc_type, message=None):
        """Make an OperationError for a new instance of ``w_exc_type``."""
        args = [] if message is None else [message]
        return OperationError(self.call(w_exc_type, args))

    def type_error(self, message):
        return self.error(self.builtin_exception("TypeError"), message)

    def value_error(self, message):
        return self.error(self.builtin_exception("ValueError"), message)

    def attribute_error(self, message):
        return self.error(self.builtin_exception("AttributeError"), message)

    def no_attribute(self, w_obj, name, message):
        """AttributeError for a failed lookup, with .name and .obj set (for the
        "Did you mean" hints and for code that inspects them)."""
        w_exc = self.call(self.builtin_exception("AttributeError"), [message],
                          {"name": name, "obj": w_obj})
        return OperationError(w_exc)

    def builtin_exception(self, name):
        return self.exception_types[name]

    def exception_match(self, w_exc_type, w_check):
        """``except w_check:`` matching for a raised exception of type w_exc_type."""
        if isinstance(w_check, self.tuple_class):
            return any(self.exception_match(w_exc_type, w_item) for w_item in w_check.items_w)
        return isinstance(w_check, W_TypeObject) and w_exc_type.is_subtype(w_check)

    # -- constructors of common containers ---------------------------------------
    def newdict(self, storage=None):
        return self.dict_class(storage if storage is not None else {})

    def newlist(self, items_w):
        return self.list_class(list(items_w))

    def newtuple(self, items_w):
        return self.tuple_class(tuple(items_w))

    # -- attributes --------------------------------------------------------------
    def getattr(self, w_obj, name, w_default=td.NOT_GIVEN):
        """``getattr(w_obj, name[, default])``; name is a host (= guest) str."""
        w_type = self.type(w_obj)
        try:
            w_getattribute = w_type.lookup("__getattribute__")
            if w_getattribute is _object_getattribute():
                return self.generic_getattr(w_obj, name)
            if w_getattribute is _type_getattribute():
                return self.type_getattr(w_obj, name)
            return self.call_bound(w_getattribute, w_obj, [name])
        except OperationError as e:
            if not e.match(self.builtin_exception("AttributeError")):
                raise
            w_getattr = w_type.lookup("__getattr__")
            if w_getattr is not None:
                try:
                    return self.call_bound(w_getattr, w_obj, [name])
                except OperationError as e2:
                    if w_default is td.NOT_GIVEN or not e2.match(
                            self.builtin_exception("AttributeError")):
                        raise
                    return w_default
            if w_default is td.NOT_GIVEN:
                raise
            return w_default

    def findattr(self, w_obj, name):
        """getattr that returns None instead of raising AttributeError."""
        return self.getattr(w_obj, name, None)

    def generic_getattr(self, w_obj, name):
        """object.__getattribute__: data descriptors, then __dict__, then the rest."""
        w_type = self.type(w_obj)
        w_descr = w_type.lookup_attr(name)
        w_get = None
        if w_descr is not MISSING:
            w_descr_type = self.type(w_descr)
            w_get = w_descr_type.lookup("__get__")
            if w_get is not None and self.is_data_descriptor(w_descr_type):
                return self.get(w_descr, w_obj, w_type)
        w_dict = getattr(w_obj, "w_dict", None)
        if w_dict is not None:
            w_value = w_dict.getitem_str(name)
            if w_value is not MISSING:
                return w_value
        if w_descr is not MISSING:
            if w_get is not None:
                return self.get(w_descr, w_obj, w_type)
            return w_descr
        raise self.no_attribute(w_obj, name, "'%s' object has no attribute '%s'"
                                % (w_type.tp_name(), name))

    def type_getattr(self, w_type, name):
        """type.__getattribute__: the metatype's data descriptors, then the MRO of the type."""
        w_metatype = self.type(w_type)
        w_meta_descr = w_metatype.lookup_attr(name)
        w_meta_get = None
        if w_meta_descr is not MISSING:
            w_descr_type = self.type(w_meta_descr)
            w_meta_get = w_descr_type.lookup("__get__")
            if w_meta_get is not None and self.is_data_descriptor(w_descr_type):
                return self.get(w_meta_descr, w_type, w_metatype)
        w_value = w_type.lookup_attr(name)
        if w_value is not MISSING:
            if self.type(w_value).lookup("__get__") is not None:
                return self.get(w_value, None, w_type)
            return w_value
        if w_meta_descr is not MISSING:
            if w_meta_get is not None:
                return self.get(w_meta_descr, w_type, w_metatype)
            return w_meta_descr
        raise self.no_attribute(w_type, name, "type object '%s' has no attribute '%s'"
                                % (w_type.name, name))

    def is_data_descriptor(self, w_descr_type):
        return (w_descr_type.lookup("__set__") is not None
                or w_descr_type.lookup("__delete__") is not None)

    def get(self, w_descr, w_obj, w_type=None):
        """Call the descriptor protocol: ``w_descr.__get__(w_obj, w_type)``."""
        # guest None is host None: None is "no instance" (class access) unless the
        # owner type is NoneType itself or no owner type was given
        no_instance = w_obj is None and w_type is not None and \
            w_type is not UNBOXED_TYPES.get(type(None))
        if isinstance(w_descr, td.W_ClassMethodDescriptor):
            return w_descr.bind_to_class(w_type if w_type is not None else self.type(w_obj))
        if isinstance(w_descr, td.W_MethodDescriptor):
            if no_instance:
                return w_descr
            w_descr.check_self(w_obj)
            return w_descr.bind(w_obj)
        if isinstance(w_descr, td.W_GetSetDescriptor):
            if no_instance:
                return w_descr
            return w_descr.getter(w_obj)
        w_get = self.type(w_descr).lookup("__get__")
        if w_get is None:
            return w_descr
        if w_type is None:
            w_type = self.type(w_obj)
        return self.call_function(w_get, w_descr, w_obj, w_type)

    def setattr(self, w_obj, name, w_value):
        w_type = self.type(w_obj)
        w_setattr = w_type.lookup("__setattr__")
        if w_setattr is _object_setattr():
            return self.generic_setattr(w_obj, name, w_value)
        self.call_function(w_setattr, w_obj, name, w_value)

    def generic_setattr(self, w_obj, name, w_value):
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            if isinstance(w_descr, td.W_GetSetDescriptor):
                if w_descr.setter is None:
                    raise self.attribute_error(
                        "attribute '%s' of '%s' objects is not writable"
                        % (name, w_descr.w_objclass.tp_name()))
                w_descr.setter(w_obj, w_value)
                return
            w_descr_type = self.type(w_descr)
            w_set = w_descr_type.lookup("__set__")
            if w_set is not None:
                self.call_function(w_set, w_descr, w_obj, w_value)
                return
            if w_descr_type.lookup("__delete__") is not None:  # data descriptor without it
                raise self.attribute_error("__set__")
        w_dict = getattr(w_obj, "w_dict", None)
        if w_dict is None:
            if not w_type.has_dict or not isinstance(w_obj, W_Root):
                raise self._no_attribute_to_set(w_obj, w_type, name)
            w_dict = w_obj.w_dict = self.newdict()
        w_dict.setitem_str(name, w_value)

    def _no_attribute_to_set(self, w_obj, w_type, name):
        if w_type.lookup(name) is not None:
            return self.attribute_error("'%s' object attribute '%s' is read-only"
                                        % (w_type.name, name))
        return self.attribute_error("'%s' object has no attribute '%s'" % (w_type.tp_name(), name))

    def delattr(self, w_obj, name):
        w_type = self.type(w_obj)
        w_delattr = w_type.lookup("__delattr__")
        if w_delattr is _object_delattr():
            return self.generic_delattr(w_obj, name)
        self.call_function(w_delattr, w_obj, name)

    def generic_delattr(self, w_obj, name):
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            if isinstance(w_descr, td.W_GetSetDescriptor):
                if w_descr.deleter is None:
                    raise self.attribute_error(
                        "attribute '%s' of '%s' objects is not writable"
                        % (name, w_descr.w_objclass.tp_name()))
                w_descr.deleter(w_obj)
                return
            w_descr_type = self.type(w_descr)
            w_delete = w_descr_type.lookup("__delete__")
            if w_delete is not None:
                self.call_function(w_delete, w_descr, w_obj)
                return
            if w_descr_type.lookup("__set__") is not None:     # data descriptor without it
                raise self.attribute_error("__delete__")
        w_dict = getattr(w_obj, "w_dict", None)
        if w_dict is None:
            raise self._no_attribute_to_set(w_obj, w_type, name)
        if not w_dict.delitem_str(name):
            raise self.attribute_error("'%s' object has no attribute '%s'" % (w_type.name, name))

    # -- calls -----------------------------------------------------------------
    def call(self, w_callable, args_w, kwargs_w=None):
        """Call a guest callable with a host list of positional arguments and a
        host dict {str: w_obj} of keyword arguments."""
        if isinstance(w_callable, (td.W_BuiltinFunction, td.W_MethodDescriptor)):
            return w_callable.call(args_w, kwargs_w)
        if isinstance(w_callable, W_TypeObject) and w_callable.w_type is w_type_type:
            return self.type_call(w_callable, args_w, kwargs_w)
        hook = self.call_function_hook
        if hook is not None:
            result = hook(w_callable, args_w, kwargs_w)
            if result is not NotImplemented:      # host-level "not mine" marker
                return result
        w_type = self.type(w_callable)
        w_call = w_type.lookup_attr("__call__")
        if w_call is MISSING:
            raise self.type_error("'%s' object is not callable" % w_type.tp_name())
        if w_call is None:                        # __call__ = None: calling None fails
            raise self.type_error("'NoneType' object is not callable")
        return self.call_bound(w_call, w_callable, args_w, kwargs_w)

    def call_bound(self, w_descr, w_obj, args_w, kwargs_w=None):
        """``w_descr.__get__(w_obj)(*args_w, **kwargs_w)``: a special method found on
        the type of ``w_obj``, called on it.  Built-in method descriptors and guest
        functions get ``w_obj`` as first argument instead (no bound object per call,
        as CPython's vectorcall of a method does)."""
        kind = w_descr.__class__
        if kind is td.W_MethodDescriptor:
            return w_descr.call([w_obj] + args_w, kwargs_w)
        if kind is self.function_class:
            return self.call(w_descr, [w_obj] + args_w, kwargs_w)
        return self.call(self.get(w_descr, w_obj), args_w, kwargs_w)

    def call_function(self, w_callable, *args_w):
        return self.call(w_callable, list(args_w))

    def call_method(self, w_obj, name, *args_w):
        """``w_obj.name(*args_w)`` with normal attribute lookup."""
        return self.call(self.getattr(w_obj, name), list(args_w))

    def call_special(self, w_obj, name, *args_w):
        """Call special method ``name`` looked up on the type; None if it is absent
        (host None, which is distinct from a guest None result only by the caller's
        choice of ``lookup`` first when that matters)."""
        w_type = self.type(w_obj)
        w_impl = w_type.lookup(name)
        if w_impl is None:
            raise self.type_error("'%s' object has no special method %s" % (w_type.name, name))
        return self.call_bound(w_impl, w_obj, list(args_w))

    # -- truth, identity, hashing, equality ----------------------------------------
    def is_true(self, w_obj):
        if w_obj is True:
            return True
        if w_obj is False or w_obj is None:
            return False
        if type(w_obj) in (int, float, complex, str, bytes):
            return bool(w_obj)
        w_type = self.type(w_obj)
        if w_type.always_true_version == w_type.version:
            return True
        w_bool = w_type.lookup_attr("__bool__")
        if w_bool is not MISSING:
            if w_bool is None:
                raise self.type_error("'NoneType' object is not callable")
            w_result = self.call_bound(w_bool, w_obj, [])
            if type(w_result) is not bool:
                raise self.type_error("__bool__ should return bool, returned %s"
                                      % self.type(w_result).name)
            return w_result
        w_len = w_type.lookup("__len__")
        if w_len is not None:
            return self.len_w(w_obj) != 0
        w_type.always_true_version = w_type.version
        return True

    def hash_w(self, w_obj):
        if not isinstance(w_obj, W_Root):
            return hash(w_obj)
        w_type = self.type(w_obj)
        exact = self.exact_hashers.get(w_obj.__class__)
        if exact is not None and exact[0] is w_type:
            return exact[1](w_obj)          # a built-in type's own hash, called directly
        w_hash = w_type.lookup_attr("__hash__")
        if w_hash is MISSING or w_hash is None:
            raise self.type_error("unhashable type: '%s'" % w_type.tp_name())
        w_result = self.call_bound(w_hash, w_obj, [])
        if getattr(w_result, "scalar_layout", False) and isinstance(w_result.value, int):
            w_result = w_result.value                 # an int subclass instance
        if type(w_result) is not int and not (isinstance(w_result, int)):
            raise self.type_error("__hash__ method should return an integer")
        w_result = int(w_result)
        if -2 ** 63 <= w_result < 2 ** 63:     # fits a Py_hash_t: used as is (-1 is reserved)
            return -2 if w_result == -1 else w_result
        return hash(w_result)

    def eq_w(self, w_a, w_b):
        return self.is_true(self.compare(w_a, w_b, "=="))

    def is_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        # unboxed immutables compare by value *and* type for `is` purposes on small values
        return False

    # -- repr / str ----------------------------------------------------------------
    def repr(self, w_obj):
        """Guest repr as a host str."""
        if type(w_obj) in (int, float, str, bool, bytes, complex) or w_obj is None:
            try:
                return repr(w_obj)
            except ValueError as e:               # int longer than sys.int_max_str_digits
                raise self.host_error(e)
        w_result = self.call_special(w_obj, "__repr__")
        if not isinstance(w_result, str):
            raise self.type_error("__repr__ returned non-string (type %s)"
                                  % self.type(w_result).name)
        return w_result

    def str(self, w_obj):
        """Guest str() as a host str."""
        w_result = self.str_object(w_obj)
        return w_result if type(w_result) is str else w_result.value

    def str_object(self, w_obj):
        """CPython's PyObject_Str: a host str, or the instance of a str subclass that
        __str__ returned (str() gives it back as it is)."""
        if type(w_obj) is str:
            return w_obj
        if type(w_obj) in (int, float, bool) or w_obj is None:
            try:
                return str(w_obj)
            except ValueError as e:               # int longer than sys.int_max_str_digits
                raise self.host_error(e)
        w_result = self.call_special(w_obj, "__str__")
        if not isinstance(w_result, str) and not (
                getattr(w_result, "scalar_layout", False) and isinstance(w_result.value, str)):
            raise self.type_error("__str__ returned non-string (type %s)"
                                  % self.type(w_result).name)
        return w_result

    str_w = str

    # -- operators ---------------------------------------------------------------
    def binary_op(self, w_a, w_b, symbol):
        """``w_a <symbol> w_b`` with CPython's operand-order and NotImplemented rules."""
        name, rname, _, host_op = BINARY_OPERATIONS[symbol]
        if limits.active is not None and symbol in SIZE_SYMBOLS:
            limits.check_operation(w_a, w_b, symbol)    # the memory limit: no huge result
        ta, tb = type(w_a), type(w_b)
        if host_op is not None and ta in _FAST_NUMBER_TYPES and tb in _FAST_NUMBER_TYPES:
            try:
                return host_op(w_a, w_b)
            except (ArithmeticError, ValueError, TypeError) as e:
                raise self.host_error(e)
        sequence = symbol in SEQUENCE_SYMBOLS
        w_result = self.binary_op_maybe(w_a, w_b, name, rname, skip_sequence=sequence)
        if w_result is self.w_NotImplemented and sequence:
            w_result = self.sequence_op(w_a, w_b, symbol, inplace=False)
        if w_result is self.w_NotImplemented:
            raise self.binary_op_type_error(w_a, w_b, symbol)
        return w_result

    # Built-in sequences implement + and * as CPython's sq_concat/sq_repeat slots: tried
    # only after the numeric protocol (__add__/__radd__ of either operand) gave up.
    def sequence_slot(self, w_type, name):
        w_impl = w_type.lookup(name)
        if w_impl is not None and getattr(w_impl, "sequence_slot", False):
            return w_impl
        return None

    def sequence_op(self, w_a, w_b, symbol, inplace):
        if symbol == "+":
            candidates = ["__iadd__", "__add__"] if inplace else ["__add__"]
            for name in candidates:
                w_impl = self.sequence_slot(self.type(w_a), name)
                if w_impl is not None:
                    return self.call_bound(w_impl, w_a, [w_b])
            return self.w_NotImplemented
        pairs = [(w_a, w_b, "__imul__"), (w_a, w_b, "__mul__")] if inplace else []
        pairs += [(w_a, w_b, "__mul__"), (w_b, w_a, "__mul__")]
        for w_seq, w_count, name in pairs:
            w_impl = self.sequence_slot(self.type(w_seq), name)
            if w_impl is not None:
                if not isinstance(w_count, int) and \
                        self.type(w_count).lookup("__index__") is None:
                    raise self.type_error("can't multiply sequence by non-int of type '%s'"
                                          % self.type(w_count).name)
                return self.call_bound(w_impl, w_seq, [w_count])
        return self.w_NotImplemented

    def binary_op_maybe(self, w_a, w_b, name, rname, skip_sequence=False):
        """Try ``a.name(b)`` / ``b.rname(a)``; NotImplemented if neither applies."""
        w_ta, w_tb = self.type(w_a), self.type(w_b)
        w_left = w_ta.lookup(name)
        w_right = None
        if w_tb is not w_ta:
            w_right = w_tb.lookup(rname)
            if w_right is not None and w_right is w_ta.lookup(rname):
                w_right = None                   # same implementation: not overridden
        if skip_sequence:
            if getattr(w_left, "sequence_slot", False):
                w_left = None
            if getattr(w_right, "sequence_slot", False):
                w_right = None
        if w_right is not None and w_tb.is_subtype(w_ta):
            w_result = self.call_bound(w_right, w_b, [w_a])
            if w_result is not self.w_NotImplemented:
                return w_result
            w_right = None
        if w_left is not None:
            w_result = self.call_bound(w_left, w_a, [w_b])
            if w_result is not self.w_NotImplemented:
                return w_result
        if w_right is not None:
            w_result = self.call_bound(w_right, w_b, [w_a])
            if w_result is not self.w_NotImplemented:
                return w_result
        return self.w_NotImplemented

    def inplace_op(self, w_a, w_b, symbol):
        """``w_a <symbol>= w_b``: __iadd__ first, then the binary operation."""
        name, rname, iname, host_op = BINARY_OPERATIONS[symbol]
        if limits.active is not None and symbol in SIZE_SYMBOLS:
            limits.check_operation(w_a, w_b, symbol)    # the memory limit: no huge result
        if host_op is not None and type(w_a) in _FAST_NUMBER_TYPES and \
                type(w_b) in _FAST_NUMBER_TYPES:
            try:
                return host_op(w_a, w_b)
            except TypeError:           # the host names the binary operator
                raise self.binary_op_type_error(w_a, w_b, symbol + "=") from None
            except (ArithmeticError, ValueError) as e:
                raise self.host_error(e)
        w_ta = self.type(w_a)
        sequence = symbol in SEQUENCE_SYMBOLS
        w_inplace = w_ta.lookup(iname)
        if w_inplace is not None and not (sequence and getattr(w_inplace, "sequence_slot", False)):
            w_result = self.call_bound(w_inplace, w_a, [w_b])
            if w_result is not self.w_NotImplemented:
                return w_result
        w_result = self.binary_op_maybe(w_a, w_b, name, rname, skip_sequence=sequence)
        if w_result is self.w_NotImplemented and sequence:
            w_result = self.sequence_op(w_a, w_b, symbol, inplace=True)
        if w_result is self.w_NotImplemented:
            raise self.binary_op_type_error(w_a, w_b, symbol + "=")
        return w_result

    def binary_op_type_error(self, w_a, w_b, symbol):
        w_ta, w_tb = self.type(w_a), self.type(w_b)
        hook = getattr(w_ta, "binary_op_error_hook", None)   # str/list/tuple/bytes messages
        if hook is not None:
            message = hook(w_a, w_b, symbol)
            if message is not None:
                return self.type_error(message)
        shown = "** or pow()" if symbol == "**" else ("**= or pow()" if symbol == "**=" else symbol)
        return self.type_error("unsupported operand type(s) for %s: '%s' and '%s'"
                               % (shown, w_ta.tp_name(), w_tb.tp_name()))

    def unary_op(self, w_obj, symbol):
        if type(w_obj) in _FAST_NUMBER_TYPES and not (symbol == "~" and type(w_obj) in (
                float, complex)):
            return {"-": operator.neg, "+": operator.pos, "~": operator.invert}[symbol](w_obj)
        name = UNARY_OPERATIONS[symbol]
        w_type = self.type(w_obj)
        w_impl = w_type.lookup(name)
        if w_impl is None:
            raise self.type_error("bad operand type for unary %s: '%s'" % (symbol, w_type.name))
        return self.call_bound(w_impl, w_obj, [])

    def compare(self, w_a, w_b, symbol):
        """Rich comparison with reflection and the identity fallback for == / !=."""
        ta = type(w_a)
        if ta is type(w_b) and ta in (int, float, str):
            return _HOST_COMPARE[symbol](w_a, w_b)
        name, rname = COMPARISONS[symbol]
        w_ta, w_tb = self.type(w_a), self.type(w_b)
        checked_reflected = False
        if w_ta is not w_tb and w_tb.is_subtype(w_ta):
            w_right = w_tb.lookup(rname)
            if w_right is not None:
                checked_reflected = True
                w_result = self.call_bound(w_right, w_b, [w_a])
                if w_result is not self.w_NotImplemented:
                    return w_result
        w_left = w_ta.lookup(name)
        if w_left is not None:
            w_result = self.call_bound(w_left, w_a, [w_b])
            if w_result is not self.w_NotImplemented:
                return w_result
        if not checked_reflected:
            w_right = w_tb.lookup(rname)
            if w_right is not None:
                w_result = self.call_bound(w_right, w_b, [w_a])
                if w_result is not self.w_NotImplemented:
                    return w_result
        if symbol == "==":
            return w_a is w_b
        if symbol == "!=":
            return w_a is not w_b
        raise self.type_error("'%s' not supported between instances of '%s' and '%s'"
                              % (symbol, w_ta.tp_name(), w_tb.tp_name()))

    def host_error(self, host_exc):
        """Bridge: a host ArithmeticError/ValueError from an unboxed fast path
        becomes the guest exception of the same name and message."""
        return self.error(self.builtin_exception(type(host_exc).__name__), str(host_exc))

    # -- containers and iteration --------------------------------------------------
    def len_w(self, w_obj):
        cls = w_obj.__class__
        if cls is str or cls is bytes:
            return len(w_obj)
        exact = self.exact_lengths.get(cls)
        if exact is not None and exact[0] is w_obj.w_type:
            return exact[1](w_obj)              # a built-in type's own __len__, called directly
        w_type = self.type(w_obj)
        w_len = w_type.lookup("__len__")
        if w_len is None:
            raise self.type_error("object of type '%s' has no len()" % w_type.name)
        w_result = self.call_bound(w_len, w_obj, [])
        w_index = self.index(w_result) if not isinstance(w_result, int) else w_result
        if w_index < 0:
            raise self.value_error("__len__() should return >= 0")
        if w_index > 2 ** 63 - 1:
            raise self.error(self.builtin_exception("OverflowError"),
                             "cannot fit 'int' into an index-sized integer")
        return int(w_index)

    def index(self, w_obj):
        """operator.index(): an exact host int."""
        if type(w_obj) is int:
            return w_obj
        if type(w_obj) is bool:
            return int(w_obj)
        w_type = self.type(w_obj)
        w_index = w_type.lookup("__index__")
        if w_index is None:
            raise self.type_error("'%s' object cannot be interpreted as an integer"
                                  % w_type.name)
        w_result = self.call_bound(w_index, w_obj, [])
        if not isinstance(w_result, int):
            raise self.type_error("__index__ returned non-int (type %s)"
                                  % self.type(w_result).name)
        return int(w_result)

    def getitem(self, w_obj, w_key):
        exact = self.exact_getitems.get(w_obj.__class__)
        if exact is not None and exact[0] is w_obj.w_type:
            return _call_builtin_slot(exact, "__getitem__", w_obj, w_key)
        w_type = self.type(w_obj)
        w_impl = w_type.lookup("__getitem__")
        if w_impl is None:
            if w_obj is w_type_type:                  # type[int], but not str[int]
                from snakevm.objspace.genericalias import new_generic_alias  # (cycle)
                return new_generic_alias(w_obj, w_key)
            if isinstance(w_obj, W_TypeObject):
                w_class_getitem = self.findattr(w_obj, "__class_getitem__")
                if w_class_getitem is not None:
                    return self.call(w_class_getitem, [w_key])
                raise self.type_error("type '%s' is not subscriptable" % w_obj.tp_name())
            raise self.type_error("'%s' object is not subscriptable" % w_type.tp_name())
        return self.call_bound(w_impl, w_obj, [w_key])

    def setitem(self, w_obj, w_key, w_value):
        exact = self.exact_setitems.get(w_obj.__class__)
        if exact is not None and exact[0] is w_obj.w_type:
            return _call_builtin_slot(exact, "__setitem__", w_obj, w_key, w_value)
        w_type = self.type(w_obj)
        w_impl = w_type.lookup("__setitem__")
        if w_impl is None:
            raise self.type_error("'%s' object does not support item assignment" % w_type.name)
        self.call_bound(w_impl, w_obj, [w_key, w_value])

    def delitem(self, w_obj, w_key):
        w_type = self.type(w_obj)
        w_impl = w_type.lookup("__delitem__")
        if w_impl is None:
            raise self.type_error(self._no_delitem_message(w_type, w_key))
        self.call_bound(w_impl, w_obj, [w_key])

    def _no_delitem_message(self, w_type, w_key):
        """CPython's PyObject_DelItem words it by the path it took: an index into a
        type with sequence methods (every class, and the built-in sequences and
        containers) ends in PySequence_DelItem's "doesn't"."""
        has_sequence_methods = not w_type.is_builtin or any(
            w_type.lookup(name) is not None for name in ("__len__", "__getitem__", "__contains__"))
        if has_sequence_methods and self.type(w_key).lookup("__index__") is not None:
            return "'%s' object doesn't support item deletion" % w_type.name
        return "'%s' object does not support item deletion" % w_type.name

    def contains(self, w_container, w_item):
        """``w_item in w_container`` as a host bool (with the __iter__ fallback)."""
        cls = w_container.__class__
        if cls is str and w_item.__class__ is str:
            return w_item in w_container
        exact = self.exact_contains.get(cls)
        if exact is not None and exact[0] is w_container.w_type:
            return _call_builtin_slot(exact, "__contains__", w_container, w_item)
        w_type = self.type(w_container)
        w_impl = w_type.lookup("__contains__")
        if w_impl is not None:
            return self.is_true(self.call_bound(w_impl, w_container, [w_item]))
        if w_type.lookup("__iter__") is None and w_type.lookup("__getitem__") is None:
            raise self.type_error("argument of type '%s' is not iterable" % w_type.name)
        w_iter = self.iter(w_container)
        while True:
            w_next = self.next(w_iter)
            if w_next is STOP_ITERATION:
                return False
            if w_next is w_item or self.eq_w(w_next, w_item):
                return True

    def iter(self, w_obj):
        w_type = self.type(w_obj)
        w_impl = w_type.lookup_attr("__iter__")
        if w_impl is None:                     # __iter__ = None: explicitly not iterable
            raise self.type_error("'%s' object is not iterable" % w_type.name)
        if w_impl is MISSING:
            if w_type.lookup("__getitem__") is not None:
                from snakevm.objspace.iterobject import W_SeqIter   # (cycle)
                return W_SeqIter(w_obj)
            raise self.type_error("'%s' object is not iterable" % w_type.name)
        w_iter = self.call_bound(w_impl, w_obj, [])
        if self.type(w_iter).lookup("__next__") is None:
            raise self.type_error("iter() returned non-iterator of type '%s'"
                                  % self.type(w_iter).name)
        return w_iter

    def next(self, w_iter):
        """The next item, or the host marker STOP_ITERATION when exhausted.
        (A StopIteration raised by guest code is absorbed here; use
        ``next_or_raise`` where the StopIteration value matters.)"""
        fast = getattr(w_iter, "next_w", None)
        if fast is not None:
            return fast()
        w_type = self.type(w_iter)
        w_impl = w_type.lookup("__next__")
        if w_impl is None:
            raise self.type_error("'%s' object is not an iterator" % w_type.name)
        try:
            return self.call_bound(w_impl, w_iter, [])
        except OperationError as e:
            if e.match(self.builtin_exception("StopIteration")):
                return STOP_ITERATION
            raise

    def unpack_iterable(self, w_iterable, sized=None):
        """All items of an iterable as a host list.  ``sized`` (the number of items the
        result is added to): the list is made the way list(), list.extend() and
        tuple() make theirs -- sized first from the iterable's length hint (its
        __len__ or __length_hint__, asked after __iter__), so an impossible size is a
        MemoryError at once; a hint that would overflow the size is ignored."""
        if self.is_exact_sequence(w_iterable):
            return list(w_iterable.items_w)
        if type(w_iterable).__name__ == "W_Range":
            self.check_listable(w_iterable)
        w_iter = self.iter(w_iterable)
        if sized is not None:
            hint = self.length_hint(w_iterable, 8)
            if sized <= host_sys.maxsize - hint:
                self.check_list_size(sized + hint)
        result = []
        while True:
            w_item = self.next(w_iter)
            if w_item is STOP_ITERATION:
                return result
            result.append(w_item)
            if not len(result) & 0xFFFF and limits.active is not None:
                limits.active.check_host_loop(result)   # no instruction runs meanwhile


    def is_exact_sequence(self, w_obj):
        """Is ``w_obj`` a list or tuple whose iteration is the built-in type's own (an
        exact one, or a subclass instance that keeps __iter__)?  Then its items can be
        read directly (CPython's PySequence_Fast and list/tuple fast paths)."""
        return type(w_obj).__name__ in _SEQUENCE_LAYOUTS and self._own_sequence_iter(w_obj)

    def _own_sequence_iter(self, w_seq):
        """Does iterating this list or tuple (or instance of a subclass) go through the
        built-in type's own __iter__?  A subclass may override it."""
        w_type = w_seq.w_type
        if w_type.is_builtin:
            return True
        w_iter = w_type.lookup("__iter__")
        return w_iter.__class__ is td.W_MethodDescriptor and w_iter.w_objclass.is_builtin and \
            w_iter.w_objclass.instance_class is type(w_seq)

    def length_hint(self, w_obj, default):
        """CPython's PyObject_LengthHint: len(w_obj), else its __length_hint__(), else
        ``default`` (a TypeError from either means no hint)."""
        w_type = self.type(w_obj)
        if w_type.lookup("__len__") is not None:
            try:
                return self.len_w(w_obj)
            except OperationError as e:
                if not e.match(self.builtin_exception("TypeError")):
                    raise
        w_hint = w_type.lookup("__length_hint__")
        if w_hint is None:
            return default
        try:
            w_result = self.call_bound(w_hint, w_obj, [])
        except OperationError as e:
            if not e.match(self.builtin_exception("TypeError")):
                raise
            return default
        if w_result is self.w_NotImplemented:
            return default
        if not isinstance(w_result, int):
            raise self.type_error("__length_hint__ must be an integer, not %s"
                                  % self.type(w_result).name)
        if w_result < 0:
            raise self.value_error("__length_hint__() should return >= 0")
        return w_result

    # -- hooks into other parts of the VM (filled in by their owners) ---------------
    def current_module_name(self):
        """__name__ of the globals of the running guest frame (for type.__new__)."""
        hook = getattr(self, "current_module_name_hook", None)
        return hook() if hook is not None else None

    def is_function(self, w_obj):
        return isinstance(w_obj, self.function_class)

    def set_class_cell(self, w_cell, w_type):
        w_cell.w_value = w_type
        w_cell.empty = False

    def new_bound_method(self, w_function, w_self):
        return self.method_class(w_function, w_self)

    def new_super(self, w_starttype, w_obj):
        """super(w_starttype, w_obj) (superobject.py supplies the real type)."""
        return self.super_class(w_starttype, w_obj)

    def new_mappingproxy(self, dict_w, w_owner=None):
        """A read-only view (mappingproxy) of host dict ``dict_w``, the storage of
        ``w_owner`` (a type or a dict) or a fresh dict of its own."""
        return self.mappingproxy_class(dict_w, w_owner)

    def builtins_type(self, name):
        """A built-in type by name (``"tuple"``, ``"dict"``, ...)."""
        return td.ALL_BUILTIN_TYPES[name]

    def builtins_module(self):
        hook = getattr(self, "builtins_module_hook", None)
        return hook() if hook is not None else None


class _StopIterationMarker:
    def __repr__(self):
        return "STOP_ITERATION"


STOP_ITERATION = _StopIterationMarker()   # host-only marker returned by space.next

_HOST_COMPARE = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne,
                 ">": operator.gt, ">=": operator.ge}


def _object_getattribute():
    return w_object_type.dict_w.get("__getattribute__")


def _type_getattribute():
    return w_type_type.dict_w.get("__getattribute__")


def _object_setattr():
    return w_object_type.dict_w.get("__setattr__")


def _object_delattr():
    return w_object_type.dict_w.get("__delattr__")


SEQUENCE_SYMBOLS = ("+", "*")

SIZE_SYMBOLS = frozenset(("+", "*", "**", "<<", "+=", "*=", "**=", "<<="))  # limits.check_operation
SEQUENCE_TYPES = ("str", "bytes", "bytearray", "list", "tuple")


def mark_sequence_slots():
    """Flag the built-in sequences' concat/repeat methods (called once at start-up)."""
    for type_name in SEQUENCE_TYPES:
        w_type = td.ALL_BUILTIN_TYPES.get(type_name)
        if w_type is None:
            continue
        for name in ("__add__", "__mul__", "__rmul__", "__iadd__", "__imul__"):
            w_impl = w_type.dict_w.get(name)
            if w_impl is not None:
                w_impl.sequence_slot = True


def _call_builtin_slot(exact, slot, *args_w):
    """A built-in type's own slot function, called directly (``exact``: its type and
    the host function, from space.exact_getitems...): host exceptions become guest
    ones, as on the call path of built-ins."""
    try:
        return exact[1](*args_w)
    except OperationError:
        raise
    except Exception as e:
        raise td.guest_error_from_host(e, "%s.%s" % (exact[0].name, slot)) from None


def None_placeholder():
    """The value a class sets as __hash__ to make instances unhashable (guest None)."""
    return None


space = ObjSpace()

# root, typedef and typeobject, imported above before the space exists, read it from a
# module global of theirs
root.space = td.space = typeobject.space = space
