"""The guest ``builtins`` module: built-in functions, type names, exceptions
and constants.

``make_builtins_module()`` builds a fresh module object.  Types are picked up
from typedef.ALL_BUILTIN_TYPES, so every type module loaded by
snakevm.objspace.load_all() appears here by its name.  Functions that need the
running frame (globals, locals, dir(), eval, exec, __build_class__,
__import__) call hooks that the interpreter installs on ``space``.
"""

import math

from snakevm import config as run_config
from snakevm.objspace import load_all
from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.objspace.typedef import builtin_function, NOT_GIVEN, ALL_BUILTIN_TYPES
from snakevm.objspace.typeobject import W_TypeObject, MISSING, w_type_type
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.objspace.genericalias import W_UnionType

_FUNCTIONS = []


def builtin(name, keywords=False):
    """Register a host function as a function of the builtins module."""
    def decorate(func):
        _FUNCTIONS.append((name, func, keywords))
        return func
    return decorate


_EXPOSED_TYPES = (
    "bool", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
    "frozenset", "int", "list", "map", "memoryview", "object", "property", "range", "reversed",
    "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip",
)


def make_builtins_module():
    """A fresh guest builtins module."""
    load_all()
    from snakevm.objspace.moduleobject import W_Module
    from snakevm.objspace.exceptions import EXCEPTION_TYPES
    w_mod = W_Module("builtins", doc="Built-in functions, types, exceptions, and other objects.")
    d = w_mod.w_dict
    from snakevm.objspace.typeobject import w_object_type, w_type_type
    ALL_BUILTIN_TYPES.setdefault("object", w_object_type)
    ALL_BUILTIN_TYPES.setdefault("type", w_type_type)
    for name in _EXPOSED_TYPES:
        w_type = ALL_BUILTIN_TYPES.get(name)
        if w_type is not None:
            d.setitem_str(name, w_type)
    for name, w_exc in EXCEPTION_TYPES.items():
        d.setitem_str(name, w_exc)
    for name, func, keywords in _FUNCTIONS:
        d.setitem_str(name, builtin_function(func, name, keywords=keywords))
    d.setitem_str("None", None)
    d.setitem_str("True", True)
    d.setitem_str("False", False)
    d.setitem_str("Ellipsis", space.w_Ellipsis)
    d.setitem_str("NotImplemented", space.w_NotImplemented)
    d.setitem_str("__debug__", not run_config.current.optimize)
    if not run_config.current.no_site:          # what site.py adds (not with -S)
        from snakevm.module.sitebuiltins import add_site_builtins
        add_site_builtins(d)
    from snakevm.module.frozen_importlib import w_builtin_importer_type
    d.setitem_str("__loader__", w_builtin_importer_type)
    d.setitem_str("__package__", "")
    d.setitem_str("__spec__", None)     # becomes a ModuleSpec once the import system makes them
    space.builtins_module_hook = lambda: w_mod
    return w_mod


def _hook(name):
    hook = getattr(space, name, None)
    if hook is None:
        raise space.error(space.builtin_exception("NotImplementedError"),
                          "snakevm: %s is not available yet" % name)
    return hook


# -- output ------------------------------------------------------------------------
@builtin("print", keywords=True)
def builtin_print(*args_w, sep=None, end=None, file=None, flush=False):
    from snakevm.module.sys import guest_stream
    if sep is not None and not isinstance(sep, str):
        raise space.type_error("sep must be None or a string, not %s" % space.type(sep).name)
    if end is not None and not isinstance(end, str):
        raise space.type_error("end must be None or a string, not %s" % space.type(end).name)
    w_file = file if file is not None else guest_stream("stdout")
    if w_file is None:
        return None
    sep = " " if sep is None else sep
    end = "\n" if end is None else end
    from snakevm.module._io.textio import fast_write    # the io stack loads after builtins
    write = fast_write(w_file)          # a built-in TextIOWrapper: no guest call per piece
    if write is None:
        w_write = space.getattr(w_file, "write")
        write = lambda text: space.call(w_write, [text])
    for i, w_arg in enumerate(args_w):
        if i:
            write(sep)
        write(space.str(w_arg))
    write(end)
    if space.is_true(flush):
        space.call_method(w_file, "flush")
    return None


@builtin("input")
def builtin_input(prompt=""):
    from snakevm.module.sys import guest_stream
    w_stdout = guest_stream("stdout")
    try:
        space.call_method(w_stdout, "flush")        # CPython ignores a failing flush
    except OperationError:
        pass
    if prompt:
        space.call_method(w_stdout, "write", space.str(prompt))
        try:
            space.call_method(w_stdout, "flush")
        except OperationError:
            pass
    line = space.call_method(guest_stream("stdin"), "readline")
    if line == "":
        raise space.error(space.builtin_exception("EOFError"), "EOF when reading a line")
    return line[:-1] if line.endswith("\n") else line


# -- object protocol -------------------------------------------------------------------
@builtin("len")
def builtin_len(w_obj):
    return space.len_w(w_obj)


@builtin("repr")
def builtin_repr(w_obj):
    return space.repr(w_obj)


@builtin("ascii")
def builtin_ascii(w_obj):
    return _ascii(space.repr(w_obj))


def _ascii(text):
    out = []
    for ch in text:
        code = ord(ch)
        if code < 128:
            out.append(ch)
        elif code < 0x100:
            out.append("\\x%02x" % code)
        elif code < 0x10000:
            out.append("\\u%04x" % code)
        else:
            out.append("\\U%08x" % code)
    return "".join(out)


@builtin("hash")
def builtin_hash(w_obj):
    return space.hash_w(w_obj)


@builtin("id")
def builtin_id(w_obj):
    return id(w_obj)


@builtin("callable")
def builtin_callable(w_obj):
    if isinstance(w_obj, W_TypeObject):
        return True
    from snakevm.objspace import typedef as td
    if isinstance(w_obj, (td.W_BuiltinFunction, td.W_MethodDescriptor)):
        return True
    from snakevm.objspace.typeobject import MISSING
    return space.type(w_obj).lookup_attr("__call__") is not MISSING


@builtin("getattr")
def builtin_getattr(w_obj, name, w_default=NOT_GIVEN):
    if not isinstance(name, str):
        raise space.type_error("attribute name must be string, not '%s'" % space.type(name).name)
    return space.getattr(w_obj, name, w_default)


@builtin("setattr")
def builtin_setattr(w_obj, name, w_value):
    if not isinstance(name, str):
        raise space.type_error("attribute name must be string, not '%s'" % space.type(name).name)
    space.setattr(w_obj, name, w_value)


@builtin("delattr")
def builtin_delattr(w_obj, name):
    if not isinstance(name, str):
        raise space.type_error("attribute name must be string, not '%s'" % space.type(name).name)
    space.delattr(w_obj, name)


@builtin("hasattr")
def builtin_hasattr(w_obj, name):
    if not isinstance(name, str):
        raise space.type_error("attribute name must be string, not '%s'" % space.type(name).name)
    try:
        space.getattr(w_obj, name)
    except OperationError as e:
        if e.match(space.builtin_exception("AttributeError")):
            return False
        raise
    return True


def _isinstance(w_obj, w_cls):
    w_type = space.type(w_obj)
    if w_type is w_cls or (w_cls.__class__ is W_TypeObject and w_cls.w_type is w_type_type
                           and w_type.is_subtype(w_cls)):
        return True         # (type's own __instancecheck__ says so at once)
    if isinstance(w_cls, W_Tuple):
        return any(_isinstance(w_obj, w_item) for w_item in w_cls.items_w)
    if isinstance(w_cls, W_UnionType):
        return any(_isinstance(w_obj, w_item) for w_item in w_cls.args_w)
    if space.type(w_obj) is w_cls:
        return True
    w_check = space.type(w_cls).lookup("__instancecheck__")
    if w_check is not None and not (isinstance(w_cls, W_TypeObject)
                                    and space.type(w_cls).is_builtin):
        return space.is_true(space.call(space.get(w_check, w_cls), [w_obj]))
    if not isinstance(w_cls, W_TypeObject):
        raise space.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
    if space.type(w_obj).is_subtype(w_cls):
        return True
    w_claimed = space.findattr(w_obj, "__class__")         # a __class__ property may lie
    if isinstance(w_claimed, W_TypeObject) and w_claimed is not space.type(w_obj):
        return w_claimed.is_subtype(w_cls)
    return False


def _issubclass(w_sub, w_cls):
    if isinstance(w_cls, W_Tuple):
        return any(_issubclass(w_sub, w_item) for w_item in w_cls.items_w)
    if isinstance(w_cls, W_UnionType):
        return any(_issubclass(w_sub, w_item) for w_item in w_cls.args_w)
    w_check = space.type(w_cls).lookup("__subclasscheck__")
    if w_check is not None and not (isinstance(w_cls, W_TypeObject)
                                    and space.type(w_cls).is_builtin):
        return space.is_true(space.call(space.get(w_check, w_cls), [w_sub]))
    if not isinstance(w_sub, W_TypeObject):
        raise space.type_error("issubclass() arg 1 must be a class")
    if not isinstance(w_cls, W_TypeObject):
        raise space.type_error("issubclass() arg 2 must be a class, a tuple of classes, "
                               "or a union")
    return w_sub.is_subtype(w_cls)


builtin("isinstance")(_isinstance)
builtin("issubclass")(_issubclass)


# -- iteration ---------------------------------------------------------------------------
@builtin("iter")
def builtin_iter(w_obj, w_sentinel=NOT_GIVEN):
    if w_sentinel is NOT_GIVEN:
        return space.iter(w_obj)
    from snakevm.objspace import iterobject
    if space.type(w_obj).lookup("__call__") is None:
        raise space.type_error("iter(object, sentinel): object must be callable")
    return iterobject.W_CallableIterator(w_obj, w_sentinel)


@builtin("next")
def builtin_next(w_iter, w_default=NOT_GIVEN):
    # a type without __next__ is no iterator, even when snakevm steps it from the host
    # side (a coroutine has next_w for await, but next(coroutine) is a TypeError)
    if space.type(w_iter).lookup("__next__") is None:
        raise space.type_error("'%s' object is not an iterator" % space.type(w_iter).name)
    if w_default is NOT_GIVEN:
        w_impl = space.type(w_iter).lookup("__next__")
        return space.call(space.get(w_impl, w_iter), [])
    w_item = space.next(w_iter)
    return w_default if w_item is STOP_ITERATION else w_item


def _iterate(w_iterable):
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is STOP_ITERATION:
            return
        yield w_item


@builtin("all")
def builtin_all(w_iterable):
    return all(space.is_true(w) for w in _iterate(w_iterable))


@builtin("any")
def builtin_any(w_iterable):
    return any(space.is_true(w) for w in _iterate(w_iterable))


@builtin("sum", keywords=True)
def builtin_sum(w_iterable, start=0):
    if isinstance(start, (str,)):
        raise space.type_error("sum() can't sum strings [use ''.join(seq) instead]")
    if isinstance(start, bytes):
        raise space.type_error("sum() can't sum bytes [use b''.join(seq) instead]")
    if space.isinstance_w(start, space.builtins_type("bytearray")):
        raise space.type_error("sum() can't sum bytearray [use b''.join(seq) instead]")
    items = list(_iterate(w_iterable))
    if all(type(w) in (int, float, bool) for w in items) and type(start) in (int, float, bool):
        if any(type(w) is float for w in items) or type(start) is float:
            return math.fsum([start] + items) if _fsum_like_cpython(items, start) else \
                sum(items, start)
        return sum(items, start)
    w_total = start
    for w_item in items:
        w_total = space.binary_op(w_total, w_item, "+")
    return w_total


def _fsum_like_cpython(items, start):
    return False     # CPython 3.12 sums floats left to right (compensated only from 3.12.?)


def _minmax(name, args_w, key, w_default, symbol):
    if not args_w:
        raise space.type_error("%s expected at least 1 argument, got 0" % name)
    if len(args_w) == 1:
        items = list(_iterate(args_w[0]))
        if not items:
            if w_default is not NOT_GIVEN:
                return w_default
            raise space.value_error("%s() iterable argument is empty" % name)
    else:
        if w_default is not NOT_GIVEN:
            raise space.type_error("Cannot specify a default for %s() with multiple "
                                   "positional arguments" % name)
        items = list(args_w)
    w_best = items[0]
    w_best_key = space.call(key, [w_best]) if key is not None else w_best
    for w_item in items[1:]:
        w_key = space.call(key, [w_item]) if key is not None else w_item
        if space.is_true(space.compare(w_key, w_best_key, symbol)):
            w_best, w_best_key = w_item, w_key
    return w_best


@builtin("max", keywords=True)
def builtin_max(*args_w, key=None, default=NOT_GIVEN):
    return _minmax("max", args_w, key, default, ">")


@builtin("min", keywords=True)
def builtin_min(*args_w, key=None, default=NOT_GIVEN):
    return _minmax("min", args_w, key, default, "<")


@builtin("sorted", keywords=True)
def builtin_sorted(*args_w, **kwargs_w):
    if len(args_w) != 1:
        raise space.type_error("sorted expected 1 argument, got %d" % len(args_w))
    w_list = space.newlist(space.unpack_iterable(args_w[0]))
    for name in kwargs_w:                  # sorted() passes its keywords on to list.sort()
        if name not in ("key", "reverse"):
            raise space.type_error("'%s' is an invalid keyword argument for sort()" % name)
    space.call(space.getattr(w_list, "sort"), [], kwargs_w)
    return w_list


# -- numbers ---------------------------------------------------------------------------
@builtin("abs")
def builtin_abs(w_x):
    if type(w_x) in (int, float, complex):
        return abs(w_x)
    return _call_unary(w_x, "__abs__", "bad operand type for abs(): '%s'")


def _call_unary(w_x, name, message):
    w_impl = space.type(w_x).lookup(name)
    if w_impl is None:
        raise space.type_error(message % space.type(w_x).name)
    return space.call(space.get(w_impl, w_x), [])


@builtin("divmod")
def builtin_divmod(w_a, w_b):
    if type(w_a) in (int, float) and type(w_b) in (int, float):
        try:
            q, r = divmod(w_a, w_b)
        except ArithmeticError as e:
            raise space.host_error(e)
        return space.newtuple([q, r])
    w_result = space.binary_op_maybe(w_a, w_b, "__divmod__", "__rdivmod__")
    if w_result is space.w_NotImplemented:
        raise space.type_error("unsupported operand type(s) for divmod(): '%s' and '%s'"
                               % (space.type(w_a).name, space.type(w_b).name))
    return w_result


def _refuse_float_modulus(*operands):
    """Three-argument pow() of built-in numbers that are not all ints: the first
    float or complex operand's nb_power refuses it (CPython's ternary_op order)."""
    if not all(type(w) in (int, bool, float, complex) for w in operands):
        return
    for w in operands:
        if type(w) is float:
            raise space.type_error("pow() 3rd argument not allowed unless all arguments "
                                   "are integers")
        if type(w) is complex:
            raise space.value_error("complex modulo")


@builtin("pow", keywords=True)
def builtin_pow(base, exp, mod=None):
    if mod is None:
        if type(base) in (int, float, complex) and type(exp) in (int, float, complex):
            try:
                return pow(base, exp)
            except (ArithmeticError, ValueError) as e:
                raise space.host_error(e)
        return space.binary_op(base, exp, "**")
    if type(base) is int and type(exp) is int and type(mod) is int:
        try:
            return pow(base, exp, mod)
        except (ArithmeticError, ValueError) as e:
            raise space.host_error(e)
    _refuse_float_modulus(base, exp, mod)
    w_impl = space.type(base).lookup("__pow__")
    if w_impl is not None:
        w_result = space.call(space.get(w_impl, base), [exp, mod])
        if w_result is not space.w_NotImplemented:
            return w_result
    raise space.type_error("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'"
                           % (space.type(base).name, space.type(exp).name, space.type(mod).name))


@builtin("round", keywords=True)
def builtin_round(number, ndigits=None):
    return _round(number, ndigits)


def _round(w_number, w_ndigits):
    if type(w_number) in (int, float) and (w_ndigits is None or type(w_ndigits) is int):
        try:
            return round(w_number) if w_ndigits is None else round(w_number, w_ndigits)
        except (ArithmeticError, ValueError) as e:
            raise space.host_error(e)
    w_impl = space.type(w_number).lookup("__round__")
    if w_impl is None:
        raise space.type_error("type %s doesn't define __round__ method"
                               % space.type(w_number).name)
    args = [] if w_ndigits is None else [w_ndigits]
    return space.call(space.get(w_impl, w_number), args)


def _int_format(w_x, fmt):
    return format(space.index(w_x), fmt)


@builtin("bin")
def builtin_bin(w_x):
    value = space.index(w_x)
    return bin(value)


@builtin("oct")
def builtin_oct(w_x):
    return oct(space.index(w_x))


@builtin("hex")
def builtin_hex(w_x):
    return hex(space.index(w_x))


@builtin("chr")
def builtin_chr(w_i):
    value = space.index(w_i) if not isinstance(w_i, float) else None
    if value is None:
        raise space.type_error("'float' object cannot be interpreted as an integer")
    try:
        return chr(value)
    except (ValueError, OverflowError) as e:
        raise space.host_error(e)


@builtin("ord")
def builtin_ord(w_c):
    from snakevm.objspace.scalarmethods import to_host
    if not isinstance(w_c, (str, bytes)):
        host = to_host(w_c)
        if isinstance(host, (str, bytes)):          # str/bytes subclasses, bytearray
            w_c = host
    if isinstance(w_c, (str, bytes)):
        if len(w_c) != 1:
            raise space.type_error("ord() expected a character, but string of length %d found"
                                   % len(w_c))
        return ord(w_c)
    raise space.type_error("ord() expected string of length 1, but %s found"
                           % space.type(w_c).name)


@builtin("format")
def builtin_format(w_value, spec=""):
    if not isinstance(spec, str):
        if getattr(spec, "scalar_layout", False) and isinstance(spec.value, str):
            spec = spec.value
        else:
            raise space.type_error("format() argument 2 must be str, not %s"
                                   % ("None" if spec is None else space.type(spec).name))
    from snakevm.objspace.scalarmethods import guest_format
    return guest_format(w_value, spec)      # a str subclass from __format__ stays one


def space_format(w_value, spec):
    """format(value, spec) with guest __format__."""
    fmt = getattr(space, "format", None)
    if fmt is not None:
        return fmt(w_value, spec)
    if type(w_value) in (int, float, str, bool, complex):
        try:
            return format(w_value, spec)
        except (ValueError, TypeError) as e:
            raise space.host_error(e)
    w_impl = space.type(w_value).lookup("__format__")
    w_result = space.call(space.get(w_impl, w_value), [spec])
    if not isinstance(w_result, str):
        raise space.type_error("__format__ must return a str, not %s"
                               % space.type(w_result).name)
    return w_result


# -- frame-dependent functions (hooks from the interpreter) --------------------------------
@builtin("globals")
def builtin_globals():
    return _hook("globals_hook")()


@builtin("locals")
def builtin_locals():
    return _hook("locals_hook")()


@builtin("vars")
def builtin_vars(w_obj=NOT_GIVEN):
    if w_obj is NOT_GIVEN:
        return _hook("locals_hook")()
    try:
        return space.getattr(w_obj, "__dict__")
    except OperationError as e:
        if e.match(space.builtin_exception("AttributeError")):
            raise space.type_error("vars() argument must have __dict__ attribute")
        raise


@builtin("dir")
def builtin_dir(w_obj=NOT_GIVEN):
    if w_obj is NOT_GIVEN:
        w_locals = _hook("locals_hook")()
        if not hasattr(w_locals, "storage"):        # a mapping given to eval/exec as locals
            w_list = space.newlist(list(_iterate(space.call_method(w_locals, "keys"))))
            space.call(space.getattr(w_list, "sort"), [])
            return w_list
        return space.newlist(sorted(k for k in w_locals.storage if isinstance(k, str)))
    w_impl = space.type(w_obj).lookup("__dir__")
    w_result = space.call(space.get(w_impl, w_obj), [])
    w_list = space.newlist(list(_iterate(w_result)))
    space.call(space.getattr(w_list, "sort"), [])
    return w_list


@builtin("eval")
def builtin_eval(source, globals=None, locals=None):
    _check_namespaces("eval", globals, locals)
    return _hook("eval_hook")(source, globals, locals, "eval")


@builtin("exec", keywords=True)
def builtin_exec(source, globals=None, locals=None, *, closure=None):
    _check_namespaces("exec", globals, locals)
    _hook("eval_hook")(source, globals, locals, "exec", closure)
    return None


def _check_namespaces(name, w_globals, w_locals):
    """CPython's checks: globals must be a dict, locals any mapping."""
    if w_globals is not None and not space.isinstance_w(w_globals,
                                                        space.builtins_type("dict")):
        if name == "exec":
            message = "exec() globals must be a dict, not %s" % space.type(w_globals).name
        elif space.type(w_globals).lookup("__getitem__") is not None:
            message = "globals must be a real dict; try eval(expr, {}, mapping)"
        else:
            message = "globals must be a dict"
        raise space.type_error(message)
    if w_locals is not None and space.type(w_locals).lookup("__getitem__") is None:
        raise space.type_error("locals must be a mapping or None, not %s"
                               % space.type(w_locals).name if name == "exec" else
                               "locals must be a mapping")


@builtin("compile", keywords=True)
def builtin_compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
                    _feature_version=-1):
    return _hook("compile_hook")(source, filename, mode, space.index(flags),
                                 space.index(optimize), space.index(_feature_version))


@builtin("__build_class__", keywords=True)
def builtin_build_class(*args_w, **kwargs_w):
    # __build_class__(func, name, /, *bases, **kwds): func and name are positional-only,
    # so a class keyword such as name="x" reaches the metaclass untouched.
    if len(args_w) < 2:
        raise space.type_error("__build_class__: not enough arguments")
    return _hook("build_class_hook")(args_w[0], args_w[1], list(args_w[2:]), kwargs_w)


@builtin("__import__", keywords=True)
def builtin_import(name, globals=None, locals=None, fromlist=None, level=0):
    return _hook("import_hook")(name, globals, locals, fromlist, level)


@builtin("breakpoint", keywords=True)
def builtin_breakpoint(*args_w, **kwargs_w):
    from snakevm.module.sys import guest_stream     # sys is made after builtins
    w_hook = guest_stream("breakpointhook")
    if w_hook is None:
        raise space.error(space.builtin_exception("RuntimeError"), "lost sys.breakpointhook")
    return space.call(w_hook, list(args_w), kwargs_w)


@builtin("open", keywords=True)
def builtin_open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
                 closefd=True, opener=None):
    from snakevm.module._io import io_open        # the io stack loads after builtins
    return io_open(file, mode, buffering, encoding, errors, newline, closefd, opener)


@builtin("aiter")
def builtin_aiter(w_obj):
    w_impl = space.type(w_obj).lookup("__aiter__")
    if w_impl is None:
        raise space.type_error("'%s' object is not an async iterable" % space.type(w_obj).name)
    return space.call(space.get(w_impl, w_obj), [])


@builtin("anext")
def builtin_anext(w_obj, w_default=NOT_GIVEN):
    w_impl = space.type(w_obj).lookup("__anext__")
    if w_impl is None:
        raise space.type_error("'%s' object is not an async iterator" % space.type(w_obj).name)
    w_awaitable = space.call(space.get(w_impl, w_obj), [])
    if w_default is NOT_GIVEN:
        return w_awaitable
    from snakevm.interpreter.generators import W_AnextAwaitable
    return W_AnextAwaitable(w_awaitable, w_default)
