"""The built-in exception hierarchy and BaseException's behaviour.

Every guest exception is a W_BaseException (or an instance of a subclass
layout such as W_OSError).  The hierarchy is declared as a table
(name, bases) in CPython 3.12's order; EXCEPTION_TYPES maps names to types.
Exception-specific attributes (OSError.errno, StopIteration.value, ...) are
declared in exception_attrs.py.
"""

import errno as host_errno

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type, method, getset, new_method
from snakevm.objspace.space import space


class W_BaseException(W_Root):
    """A guest exception instance."""

    def __init__(self, w_type, args_w=()):
        self.w_type = w_type
        self.args_w = tuple(args_w)
        self.w_dict = None
        self.w_traceback = None
        self.w_cause = None
        self.w_context = None
        self.suppress_context = False
        self.notes_w = None

    def ensure_dict(self):
        if self.w_dict is None:
            self.w_dict = space.newdict()
        return self.w_dict


#  name                      bases
_HIERARCHY = """
BaseException               object
BaseExceptionGroup          BaseException
Exception                   BaseException
GeneratorExit               BaseException
KeyboardInterrupt           BaseException
SystemExit                  BaseException
ArithmeticError             Exception
AssertionError              Exception
AttributeError              Exception
BufferError                 Exception
EOFError                    Exception
ImportError                 Exception
LookupError                 Exception
MemoryError                 Exception
NameError                   Exception
OSError                     Exception
ReferenceError              Exception
RuntimeError                Exception
StopAsyncIteration          Exception
StopIteration               Exception
SyntaxError                 Exception
SystemError                 Exception
TypeError                   Exception
ValueError                  Exception
Warning                     Exception
FloatingPointError          ArithmeticError
OverflowError               ArithmeticError
ZeroDivisionError           ArithmeticError
ExceptionGroup              BaseExceptionGroup,Exception
ModuleNotFoundError         ImportError
IndexError                  LookupError
KeyError                    LookupError
UnboundLocalError           NameError
BlockingIOError             OSError
ChildProcessError           OSError
ConnectionError             OSError
FileExistsError             OSError
FileNotFoundError           OSError
InterruptedError            OSError
IsADirectoryError           OSError
NotADirectoryError          OSError
PermissionError             OSError
ProcessLookupError          OSError
TimeoutError                OSError
NotImplementedError         RuntimeError
RecursionError              RuntimeError
IndentationError            SyntaxError
UnicodeError                ValueError
BytesWarning                Warning
DeprecationWarning          Warning
EncodingWarning             Warning
FutureWarning               Warning
ImportWarning               Warning
PendingDeprecationWarning   Warning
ResourceWarning             Warning
RuntimeWarning              Warning
SyntaxWarning               Warning
UnicodeWarning              Warning
UserWarning                 Warning
BrokenPipeError             ConnectionError
ConnectionAbortedError      ConnectionError
ConnectionRefusedError      ConnectionError
ConnectionResetError        ConnectionError
TabError                    IndentationError
UnicodeDecodeError          UnicodeError
UnicodeEncodeError          UnicodeError
UnicodeTranslateError       UnicodeError
"""

EXCEPTION_TYPES = {}
space.exception_types = EXCEPTION_TYPES     # (space.builtin_exception reads it)


def _build_hierarchy():
    from snakevm.objspace.typeobject import w_object_type
    for line in _HIERARCHY.strip().splitlines():
        name, bases = line.split()
        bases_w = [w_object_type if b == "object" else EXCEPTION_TYPES[b]
                   for b in bases.split(",")]
        EXCEPTION_TYPES[name] = builtin_type(name, bases_w, instance_class=W_BaseException,
                                             has_dict=True)
    EXCEPTION_TYPES["EnvironmentError"] = EXCEPTION_TYPES["OSError"]
    EXCEPTION_TYPES["IOError"] = EXCEPTION_TYPES["OSError"]


_build_hierarchy()
w_BaseException = EXCEPTION_TYPES["BaseException"]


def new_exception(w_type, args_w):
    """Allocate an exception of (a subclass of) a built-in exception type."""
    return W_BaseException(w_type, args_w)


# -- BaseException methods -----------------------------------------------------------

@new_method(w_BaseException)
def exc_new(w_cls, *args_w, **kwargs_w):
    return new_exception(w_cls, args_w)


@method(w_BaseException, "__init__")
def exc_init(w_self, *args_w, **kwargs_w):
    if kwargs_w:
        raise _space().type_error("%s() takes no keyword arguments" % w_self.w_type.name)
    w_self.args_w = tuple(args_w)
    return None


# CPython's exception types that inherit tp_new; every other one has its own __new__
# (so ``ValueError.__new__(Exception)`` names ValueError in its error)
_INHERITED_NEW = frozenset("""
AttributeError BlockingIOError BrokenPipeError ChildProcessError ConnectionAbortedError
ConnectionError ConnectionRefusedError ConnectionResetError ExceptionGroup FileExistsError
FileNotFoundError ImportError IndentationError InterruptedError IsADirectoryError KeyError
ModuleNotFoundError NameError NotADirectoryError PermissionError ProcessLookupError
StopIteration SyntaxError SystemExit TabError TimeoutError UnboundLocalError
""".split())


def _install_own_new():
    """Give each exception type CPython declares a tp_new for its own ``__new__``."""
    for name, w_type in EXCEPTION_TYPES.items():
        if w_type is w_BaseException or name in _INHERITED_NEW or \
                "__new__" in w_type.dict_w or w_type.name != name:
            continue
        new_method(w_type)(exc_new)


def _no_delete(name):
    """A getset deleter that refuses, as CPython's exception attributes do."""
    def deleter(w_self):
        raise _space().type_error("%s may not be deleted" % name)
    return deleter


@method(w_BaseException, "__str__")
def exc_str(w_self):
    if len(w_self.args_w) == 0:
        return ""
    if len(w_self.args_w) == 1:
        return space.str(w_self.args_w[0])
    return space.repr(space.newtuple(w_self.args_w))


@method(w_BaseException, "__repr__")
def exc_repr(w_self):
    name = w_self.w_type.name
    if len(w_self.args_w) == 1:
        return "%s(%s)" % (name, space.repr(w_self.args_w[0]))
    return name + space.repr(space.newtuple(w_self.args_w))


@method(w_BaseException, "with_traceback")
def exc_with_traceback(w_self, w_tb):
    _checked_set_traceback(w_self, w_tb)
    return w_self


@getset(w_BaseException, "args",
        setter=lambda w_self, w_value: setattr(
            w_self, "args_w", tuple(__import__("snakevm.objspace.space", fromlist=["space"])
                                    .space.unpack_iterable(w_value))),
        deleter=_no_delete("args"))
def exc_get_args(w_self):
    return space.newtuple(w_self.args_w)


def _set_traceback(w_self, w_tb):
    w_self.w_traceback = w_tb


def _set_cause(w_self, w_cause):
    w_self.w_cause = w_cause
    w_self.suppress_context = True


def _set_context(w_self, w_context):
    w_self.w_context = w_context


def _set_suppress(w_self, w_value):
    """__suppress_context__ is a T_BOOL member: only a bool may be stored."""
    if not isinstance(w_value, bool):
        raise _space().type_error("attribute value type must be bool")
    w_self.suppress_context = w_value


def _delete_suppress(w_self):
    """A T_BOOL member cannot be deleted."""
    raise _space().type_error("can't delete numeric/char attribute")


getset(w_BaseException, "__traceback__", setter=_set_traceback)(lambda w_self: w_self.w_traceback)
getset(w_BaseException, "__cause__", setter=_set_cause)(lambda w_self: w_self.w_cause)
getset(w_BaseException, "__context__", setter=_set_context)(lambda w_self: w_self.w_context)
getset(w_BaseException, "__suppress_context__", setter=_set_suppress,
       deleter=_delete_suppress)(
    lambda w_self: w_self.suppress_context)


# -- attributes and str of specific exception types ------------------------------------------
def _space():
    return space


@method(EXCEPTION_TYPES["KeyError"], "__str__")
def keyerror_str(w_self):
    if len(w_self.args_w) == 1:
        return _space().repr(w_self.args_w[0])
    return exc_str(w_self)


def _first_arg_or_none(w_self):
    return w_self.args_w[0] if w_self.args_w else None


def _attr_with_default(name, compute):
    """A settable attribute stored in the instance dict, computed until set."""
    from snakevm.objspace.typeobject import MISSING

    def getter(w_self):
        if w_self.w_dict is not None:
            w_value = w_self.w_dict.getitem_str(name)
            if w_value is not MISSING:
                return w_value
        return compute(w_self)

    def setter(w_self, w_value):
        w_self.ensure_dict().setitem_str(name, w_value)
    return getter, setter


def _delete_to_none(name):
    """A deleter that makes the attribute read None (SystemExit.code's T_OBJECT member)."""
    def deleter(w_self):
        w_self.ensure_dict().setitem_str(name, None)
    return deleter


for _type_name, _attr in (("StopIteration", "value"),):
    _g, _s = _attr_with_default(_attr, _first_arg_or_none)
    getset(EXCEPTION_TYPES[_type_name], _attr, setter=_s)(_g)

_g, _s = _attr_with_default("code", lambda w_self: (
    None if not w_self.args_w else w_self.args_w[0] if len(w_self.args_w) == 1
    else _space().newtuple(w_self.args_w)))
getset(EXCEPTION_TYPES["SystemExit"], "code", setter=_s, deleter=_delete_to_none("code"))(_g)

for _type_name, _attrs in (("NameError", ("name",)), ("AttributeError", ("name", "obj")),
                           ("ImportError", ("name", "path"))):
    for _attr in _attrs:
        _g, _s = _attr_with_default(_attr, lambda w_self: None)
        getset(EXCEPTION_TYPES[_type_name], _attr, setter=_s)(_g)


@method(w_BaseException, "add_note")
def exc_add_note(w_self, note):
    space = _space()
    from snakevm.objspace.typeobject import MISSING
    if not isinstance(note, str):
        raise space.type_error("note must be a str, not '%s'" % space.type(note).name)
    w_dict = w_self.ensure_dict()
    w_notes = w_dict.getitem_str("__notes__")
    if w_notes is MISSING:
        w_notes = space.newlist([])
        w_dict.setitem_str("__notes__", w_notes)
    if not space.type(w_notes).is_subtype(space.type(space.newlist([]))):
        raise space.type_error("Cannot add note: __notes__ is not a list")
    space.call_method(w_notes, "append", note)


_install_own_new()


# -- OSError: errno, strerror, filename and the errno -> subclass mapping ------------------------
_ERRNO_SUBCLASSES = {     # as CPython's Objects/exceptions.c maps them, with the host's numbers
    getattr(host_errno, name): subclass for subclass, names in (
        ("BlockingIOError", ("EAGAIN", "EALREADY", "EINPROGRESS", "EWOULDBLOCK")),
        ("BrokenPipeError", ("EPIPE", "ESHUTDOWN")), ("ChildProcessError", ("ECHILD",)),
        ("ConnectionAbortedError", ("ECONNABORTED",)),
        ("ConnectionRefusedError", ("ECONNREFUSED",)),
        ("ConnectionResetError", ("ECONNRESET",)), ("FileExistsError", ("EEXIST",)),
        ("FileNotFoundError", ("ENOENT",)), ("IsADirectoryError", ("EISDIR",)),
        ("NotADirectoryError", ("ENOTDIR",)), ("InterruptedError", ("EINTR",)),
        ("PermissionError", ("EACCES", "EPERM", "ENOTCAPABLE")),
        ("ProcessLookupError", ("ESRCH",)), ("TimeoutError", ("ETIMEDOUT",)))
    for name in names if hasattr(host_errno, name)}


@new_method(EXCEPTION_TYPES["OSError"])
def oserror_new(w_cls, *args_w, **kwargs_w):
    if w_cls is EXCEPTION_TYPES["OSError"] and 2 <= len(args_w) <= 5 and \
            isinstance(args_w[0], int) and args_w[0] in _ERRNO_SUBCLASSES:
        w_cls = EXCEPTION_TYPES[_ERRNO_SUBCLASSES[args_w[0]]]
    w_exc = new_exception(w_cls, args_w)
    return w_exc


def _oserror_field(index):
    def get(w_self):
        if index < 2 and 2 <= len(w_self.args_w) <= 5:
            return w_self.args_w[index]
        return None
    return get


for _index, _attr in ((0, "errno"), (1, "strerror"), (2, "filename"), (4, "filename2")):
    _g, _s = _attr_with_default(_attr, _oserror_field(_index))
    getset(EXCEPTION_TYPES["OSError"], _attr, setter=_s)(_g)


@method(EXCEPTION_TYPES["OSError"], "__init__")
def oserror_init(w_self, *args_w, **kwargs_w):
    if 3 <= len(args_w) <= 5 and w_self.w_type is EXCEPTION_TYPES["BlockingIOError"] and \
            isinstance(args_w[2], (int, float)):
        # BlockingIOError's third argument is the number of characters written
        w_self.ensure_dict().setitem_str("characters_written", _space().index(args_w[2]))
        w_self.args_w = tuple(args_w)
        return
    if 3 <= len(args_w) <= 5:
        d = w_self.ensure_dict()
        d.setitem_str("filename", args_w[2])
        if len(args_w) == 5:
            d.setitem_str("filename2", args_w[4])
    w_self.args_w = tuple(args_w[:2]) if 3 <= len(args_w) <= 5 else tuple(args_w)


@method(EXCEPTION_TYPES["OSError"], "__str__")
def oserror_str(w_self):
    space = _space()
    errno, strerror = oserror_errno(w_self), oserror_strerror(w_self)
    filename = _oserror_full(w_self, 2)
    filename2 = _oserror_full(w_self, 4)
    if filename is not None:
        if filename2 is not None:
            return "[Errno %s] %s: %s -> %s" % (space.str(errno), space.str(strerror),
                                                space.repr(filename), space.repr(filename2))
        return "[Errno %s] %s: %s" % (space.str(errno), space.str(strerror), space.repr(filename))
    if errno is not None and strerror is not None:
        return "[Errno %s] %s" % (space.str(errno), space.str(strerror))
    return exc_str(w_self)


def oserror_errno(w_self):
    return _space().getattr(w_self, "errno")


def oserror_strerror(w_self):
    return _space().getattr(w_self, "strerror")


def _oserror_full(w_self, index):
    return _space().getattr(w_self, "filename" if index == 2 else "filename2")


# keep the full argument tuple for the filename fields
_orig_new = oserror_new


# -- SyntaxError ------------------------------------------------------------------------------
@method(EXCEPTION_TYPES["SyntaxError"], "__init__")
def syntaxerror_init(w_self, *args_w):
    space = _space()
    w_self.args_w = tuple(args_w)
    d = w_self.ensure_dict()
    d.setitem_str("msg", args_w[0] if args_w else None)
    fields = ("filename", "lineno", "offset", "text", "end_lineno", "end_offset")
    values = list(space.unpack_iterable(args_w[1])) if len(args_w) == 2 else []
    if len(args_w) == 2:        # PyArg_ParseTuple(info, "OOOO|OO", ...)
        if len(values) < 4:
            raise space.type_error("function takes at least 4 arguments (%d given)"
                                   % len(values))
        if len(values) > 6:
            raise space.type_error("function takes at most 6 arguments (%d given)"
                                   % len(values))
        if len(values) == 5:
            raise space.type_error("end_offset must be provided when end_lineno is provided")
    for i, name in enumerate(fields):
        d.setitem_str(name, values[i] if i < len(values) else None)
    d.setitem_str("print_file_and_line", None)


@method(EXCEPTION_TYPES["SyntaxError"], "__str__")
def syntaxerror_str(w_self):
    space = _space()
    msg = space.getattr(w_self, "msg", None)
    filename = space.getattr(w_self, "filename", None)
    lineno = space.getattr(w_self, "lineno", None)
    text = space.str(msg)                   # (no message: str(None), as CPython)
    if isinstance(filename, str) and isinstance(lineno, int):
        import os
        return "%s (%s, line %d)" % (text, os.path.basename(filename), lineno)
    if isinstance(filename, str):
        import os
        return "%s (%s)" % (text, os.path.basename(filename))
    if isinstance(lineno, int):
        return "%s (line %d)" % (text, lineno)
    return text


# -- keyword arguments: only NameError, AttributeError and ImportError take any ------------------
_KEYWORDS = {"NameError": ("name",), "AttributeError": ("name", "obj"),
             "ImportError": ("name", "path")}


def _init_with_keywords(type_name):
    allowed = _KEYWORDS[type_name]

    def init(w_self, *args_w, **kwargs_w):
        space = _space()
        for key in kwargs_w:
            if key not in allowed:
                raise space.type_error("'%s' is an invalid keyword argument for %s()"
                                       % (key, type_name))
        w_self.args_w = tuple(args_w)
        d = w_self.ensure_dict()
        for key in allowed:
            d.setitem_str(key, kwargs_w.get(key))
        if type_name == "ImportError":
            d.setitem_str("msg", args_w[0] if len(args_w) == 1 else None)
    return init


for _type_name in _KEYWORDS:
    method(EXCEPTION_TYPES[_type_name], "__init__", keywords=True)(
        _init_with_keywords(_type_name))

_g, _s = _attr_with_default("msg", lambda w_self: None)
getset(EXCEPTION_TYPES["ImportError"], "msg", setter=_s)(_g)


@method(EXCEPTION_TYPES["ImportError"], "__str__")
def importerror_str(w_self):
    msg = _space().getattr(w_self, "msg")
    if isinstance(msg, str):
        return msg
    return exc_str(w_self)


@method(EXCEPTION_TYPES["ImportError"], "__reduce__")
def importerror_reduce(w_self):
    space = _space()
    state = {}
    for key in ("name", "path"):
        w_value = space.getattr(w_self, key)
        if w_value is not None:
            state[key] = w_value
    w_args = space.newtuple(w_self.args_w)
    if not state:
        return space.newtuple([space.type(w_self), w_args])
    w_state = space.newdict()
    for key, w_value in state.items():
        w_state.setitem_str(key, w_value)
    return space.newtuple([space.type(w_self), w_args, w_state])


# -- pickling support ---------------------------------------------------------------------------
@method(w_BaseException, "__reduce__")
def exc_reduce(w_self):
    space = _space()
    w_args = space.newtuple(w_self.args_w)
    if w_self.w_dict is not None and w_self.w_dict.storage:
        return space.newtuple([space.type(w_self), w_args, w_self.w_dict])
    return space.newtuple([space.type(w_self), w_args])


@method(w_BaseException, "__setstate__")
def exc_setstate(w_self, w_state):
    space = _space()
    if w_state is not None:
        if space.type(w_state).name != "dict" and not space.type(w_state).is_subtype(
                space.type(space.newdict())):
            raise space.type_error("state is not a dictionary")
        for w_key, w_value in list(w_state.storage.items()):
            space.setattr(w_self, w_key, w_value)
    return None


# -- checked setters for the chaining attributes ------------------------------------------------
def _is_exception_or_none(w_value):
    return w_value is None or _space().type(w_value).is_subtype(w_BaseException)


def _checked_set_cause(w_self, w_cause):
    if not _is_exception_or_none(w_cause):
        raise _space().type_error("exception cause must be None or derive from BaseException")
    w_self.w_cause = w_cause
    w_self.suppress_context = True


def _checked_set_context(w_self, w_context):
    if not _is_exception_or_none(w_context):
        raise _space().type_error("exception context must be None or derive from "
                                  "BaseException")
    w_self.w_context = w_context


def _checked_set_traceback(w_self, w_tb):
    if w_tb is not None and _space().type(w_tb).name != "traceback":
        raise _space().type_error("__traceback__ must be a traceback or None")
    w_self.w_traceback = w_tb


getset(w_BaseException, "__cause__", setter=_checked_set_cause,
       deleter=_no_delete("__cause__"))(lambda w_self: w_self.w_cause)
getset(w_BaseException, "__context__", setter=_checked_set_context,
       deleter=_no_delete("__context__"))(lambda w_self: w_self.w_context)
getset(w_BaseException, "__traceback__", setter=_checked_set_traceback,
       deleter=_no_delete("__traceback__"))(lambda w_self: w_self.w_traceback)


# -- UnicodeError subclasses: fields and messages ----------------------------------------------
_UNICODE_FIELDS = {
    "UnicodeEncodeError": (("encoding", str), ("object", str), ("start", int), ("end", int),
                           ("reason", str)),
    "UnicodeDecodeError": (("encoding", str), ("object", bytes), ("start", int), ("end", int),
                           ("reason", str)),
    "UnicodeTranslateError": (("object", str), ("start", int), ("end", int), ("reason", str)),
}


def _unicode_init(type_name):
    fields = _UNICODE_FIELDS[type_name]

    def init(w_self, *args_w):
        space = _space()
        if len(args_w) != len(fields):
            raise space.type_error("function takes exactly %d arguments (%d given)"
                                   % (len(fields), len(args_w)))
        d = w_self.ensure_dict()
        for i, ((name, kind), w_value) in enumerate(zip(fields, args_w)):
            if kind is bytes and not isinstance(w_value, bytes):
                from snakevm.objspace.bytearrayobject import W_ByteArray
                if isinstance(w_value, W_ByteArray):
                    w_value = bytes(w_value.data)
                else:
                    raise space.type_error("argument %d must be bytes-like object, not '%s'"
                                           % (i + 1, space.type(w_value).name))
            elif kind is not bytes and not isinstance(w_value, kind) or \
                    (kind is int and isinstance(w_value, bool) and False):
                raise space.type_error("argument %d must be %s, not %s" % (
                    i + 1, kind.__name__, space.type(w_value).name))
            d.setitem_str(name, w_value)
        w_self.args_w = tuple(args_w)
    return init


def _unicode_field(name):
    def get(w_self):
        space = _space()
        from snakevm.objspace.typeobject import MISSING
        w_value = w_self.w_dict.getitem_str(name) if w_self.w_dict is not None else MISSING
        if w_value is MISSING:
            raise space.type_error("%s attribute not set" % name)
        return w_value

    def set(w_self, w_value):
        w_self.ensure_dict().setitem_str(name, w_value)
    return get, set


def _char_escape(code):
    if code <= 0xFF:
        return "\\x%02x" % code
    if code <= 0xFFFF:
        return "\\u%04x" % code
    return "\\U%08x" % code


def _unicode_str(type_name):
    def to_str(w_self):
        space = _space()
        from snakevm.objspace.typeobject import MISSING
        if w_self.w_dict is None or w_self.w_dict.getitem_str("object") is MISSING:
            return ""
        get = lambda name: space.getattr(w_self, name)
        obj, start, end = get("object"), get("start"), get("end")
        reason = space.str(get("reason"))
        single = isinstance(start, int) and isinstance(end, int) and \
            0 <= start < len(obj) and end == start + 1
        if type_name == "UnicodeDecodeError":
            encoding = space.str(get("encoding"))
            if single:
                return "'%s' codec can't decode byte 0x%02x in position %d: %s" % (
                    encoding, obj[start], start, reason)
            return "'%s' codec can't decode bytes in position %d-%d: %s" % (
                encoding, start, end - 1, reason)
        if type_name == "UnicodeEncodeError":
            encoding = space.str(get("encoding"))
            if single:
                return "'%s' codec can't encode character '%s' in position %d: %s" % (
                    encoding, _char_escape(ord(obj[start])), start, reason)
            return "'%s' codec can't encode characters in position %d-%d: %s" % (
                encoding, start, end - 1, reason)
        if single:
            return "can't translate character '%s' in position %d: %s" % (
                _char_escape(ord(obj[start])), start, reason)
        return "can't translate characters in position %d-%d: %s" % (start, end - 1, reason)
    return to_str


for _type_name, _fields in _UNICODE_FIELDS.items():
    _w_type = EXCEPTION_TYPES[_type_name]
    method(_w_type, "__init__")(_unicode_init(_type_name))
    method(_w_type, "__str__")(_unicode_str(_type_name))
    for _name, _ in _fields:
        _g, _s = _unicode_field(_name)
        getset(_w_type, _name, setter=_s)(_g)


# -- remaining attributes CPython's exception types expose ---------------------------------------
def _characters_written(w_self):
    from snakevm.objspace.typeobject import MISSING
    w_value = w_self.w_dict.getitem_str("characters_written") if w_self.w_dict is not None \
        else MISSING
    if w_value is MISSING:
        raise _space().attribute_error("characters_written")
    return w_value


getset(EXCEPTION_TYPES["OSError"], "characters_written",
       setter=lambda w_self, w_value: w_self.ensure_dict().setitem_str(
           "characters_written", _space().index(w_value)),
       deleter=lambda w_self: _characters_written(w_self) and
       w_self.w_dict.delitem_str("characters_written"))(_characters_written)

_g, _s = _attr_with_default("name_from", lambda w_self: None)
getset(EXCEPTION_TYPES["ImportError"], "name_from", setter=_s)(_g)
_KEYWORDS["ImportError"] = ("name", "path", "name_from")
method(EXCEPTION_TYPES["ImportError"], "__init__", keywords=True)(
    _init_with_keywords("ImportError"))

for _field in ("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
               "print_file_and_line"):
    _g, _s = _attr_with_default(_field, lambda w_self: None)
    getset(EXCEPTION_TYPES["SyntaxError"], _field, setter=_s)(_g)

_g, _s = _attr_with_default("encoding", lambda w_self: None)
getset(EXCEPTION_TYPES["UnicodeTranslateError"], "encoding", setter=_s)(_g)

# ExceptionGroup is created at run time in CPython (a heap type): it has these in its __dict__
EXCEPTION_TYPES["ExceptionGroup"].dict_w["__module__"] = "builtins"
from snakevm.objspace.slots import dict_descriptor as _dict_descriptor  # noqa: E402
EXCEPTION_TYPES["ExceptionGroup"].dict_w["__weakref__"] = _dict_descriptor(
    EXCEPTION_TYPES["ExceptionGroup"])
EXCEPTION_TYPES["ExceptionGroup"].dict_w["__weakref__"].name = "__weakref__"
EXCEPTION_TYPES["ExceptionGroup"].dict_w["__weakref__"].getter = lambda w_self: None
