"""StringIO: a text stream over an in-memory str (CPython's Modules/_io/stringio.c).

Newline handling follows CPython: with newline=None, "\\r\\n" and "\\r" are
translated to "\\n" as they are *written*; with newline="" nothing is
translated but the kinds of newline are recorded; with "\\r" or "\\r\\n",
written "\\n"s become that sequence.  Appends at the end are collected in a
list and joined when the text is next needed (cheap repeated writes)."""

from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.objspace.bridge import to_host_arg, to_guest
from snakevm.module._io.iobase import W_IOBase, w_textiobase_type, io_new, size_argument
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.objspace.dictobject import W_Dict
from snakevm.module._io.textcodec import NewlineDecoder
from snakevm.module._io.fileio import type_display_name


class W_StringIO(W_IOBase):
    def __init__(self, w_type=None):
        W_IOBase.__init__(self, w_type)
        self.text = ""
        self.tail = []              # pieces appended after ``text`` (not yet joined)
        self.length = 0
        self.pos = 0
        self.closed = False
        self.initialized = False
        self.decoder = None
        self.readnl = "\n"
        self.readuniversal = self.readtranslate = False
        self.writenl = None

    def value(self):
        if self.tail:
            self.text += "".join(self.tail)
            self.tail = []
        return self.text


w_stringio_type = builtin_type("StringIO", [w_textiobase_type], instance_class=W_StringIO,
                               module="_io", has_dict=True,
                               doc="Text I/O implementation using an in-memory buffer.\n\n"
                                   "The initial_value argument sets the value of object.  The "
                                   "newline\nargument is like the one of TextIOWrapper's "
                                   "constructor.")
io_new(w_stringio_type, W_StringIO)


def _check(w_self):
    if not w_self.initialized:
        raise space.value_error("I/O operation on uninitialized object")
    if w_self.closed:
        raise space.value_error("I/O operation on closed file")


@method(w_stringio_type, "__init__", keywords=True)
def stringio_init(w_self, initial_value="", newline="\n"):
    if newline is not None:
        newline_value = to_host_arg(newline)
        if not isinstance(newline_value, str):
            raise space.type_error("newline must be str or None, not %s"
                                   % space.type(newline).name)
        if newline_value not in ("", "\n", "\r", "\r\n"):
            raise space.value_error("illegal newline value: %r" % newline_value)
        newline = newline_value
    if initial_value is not None:
        value = to_host_arg(initial_value)
        if not isinstance(value, str):
            raise space.type_error("initial_value must be str or None, not %s"
                                   % space.type(initial_value).name)
    else:
        value = ""
    w_self.readuniversal = newline is None or newline == ""
    w_self.readtranslate = newline is None
    w_self.readnl = newline
    w_self.writenl = newline if newline and newline[0] == "\r" else None
    w_self.decoder = NewlineDecoder(None, w_self.readtranslate) if w_self.readuniversal \
        else None
    w_self.text, w_self.tail, w_self.length, w_self.pos = "", [], 0, 0
    w_self.closed = False
    w_self.initialized = True
    if value:
        _write(w_self, value)
        w_self.pos = 0
    return None


def _write(w_self, text):
    if w_self.decoder is not None:
        text = w_self.decoder.decode(text, True)
    if w_self.writenl is not None:
        text = text.replace("\n", w_self.writenl)
    if not text:
        return
    pos = w_self.pos
    if pos == w_self.length:
        w_self.tail.append(text)
    else:
        current = w_self.value()
        if pos > len(current):
            current += "\0" * (pos - len(current))
        w_self.text = current[:pos] + text + current[pos + len(text):]
    w_self.pos = pos + len(text)
    w_self.length = max(w_self.length, w_self.pos)


@method(w_stringio_type, "write")
def stringio_write(w_self, w_text):
    """Write string to file."""
    text = w_text if type(w_text) is str else to_host_arg(w_text)
    if not isinstance(text, str):
        raise space.type_error("string argument expected, got '%s'" % space.type(w_text).name)
    _check(w_self)
    _write(w_self, text)
    return len(text)


@method(w_stringio_type, "getvalue")
def stringio_getvalue(w_self):
    """Retrieve the entire contents of the object."""
    _check(w_self)
    return w_self.value()


@method(w_stringio_type, "read")
def stringio_read(w_self, w_size=-1):
    """Read at most size characters, returned as a string."""
    _check(w_self)
    size = size_argument(w_size)
    value = w_self.value()
    start = min(w_self.pos, len(value))
    end = len(value) if size < 0 else min(len(value), start + size)
    if end > start:
        w_self.pos = end
    return value[start:end]


def _readline(w_self, limit):
    value = w_self.value()
    start = w_self.pos
    if start >= len(value):
        return ""
    if w_self.readtranslate or (not w_self.readuniversal and w_self.readnl == "\n"):
        index = value.find("\n", start)
        end = len(value) if index < 0 else index + 1
    elif w_self.readuniversal:
        lf = value.find("\n", start)
        cr = value.find("\r", start, lf if lf >= 0 else len(value))
        if cr >= 0:
            end = cr + 2 if cr + 1 == lf else cr + 1
        else:
            end = len(value) if lf < 0 else lf + 1
    else:
        index = value.find(w_self.readnl, start)
        end = len(value) if index < 0 else index + len(w_self.readnl)
    if 0 <= limit < end - start:
        end = start + limit
    w_self.pos = end
    return value[start:end]


@method(w_stringio_type, "readline")
def stringio_readline(w_self, w_size=-1):
    """Read until newline or EOF."""
    _check(w_self)
    return _readline(w_self, size_argument(w_size))


@method(w_stringio_type, "__next__")
def stringio_next(w_self):
    _check(w_self)
    if space.type(w_self) is w_stringio_type:
        line = _readline(w_self, -1)
    else:
        w_line = space.call_method(w_self, "readline")
        line = to_host_arg(w_line)
        if not isinstance(line, str):
            raise space.error(space.builtin_exception("OSError"),
                              "readline() should have returned a str object, not '%s'"
                              % space.type(w_line).name)
    if not line:
        raise space.error(space.builtin_exception("StopIteration"))
    return line


@method(w_stringio_type, "tell")
def stringio_tell(w_self):
    """Tell the current file position."""
    _check(w_self)
    return w_self.pos


@method(w_stringio_type, "seek")
def stringio_seek(w_self, w_pos, whence=0):
    """Change stream position."""
    _check(w_self)
    pos = space.index(w_pos)
    whence = space.index(whence)
    if whence not in (0, 1, 2):
        raise space.value_error("Invalid whence (%d, should be 0, 1 or 2)" % whence)
    if pos < 0 and whence == 0:
        raise space.value_error("Negative seek position %d" % pos)
    if whence != 0 and pos != 0:
        raise space.error(space.builtin_exception("OSError"),
                          "Can't do nonzero cur-relative seeks")
    if whence == 2:
        pos = w_self.length
    elif whence == 1:
        pos = w_self.pos
    w_self.pos = pos
    return pos


@method(w_stringio_type, "truncate")
def stringio_truncate(w_self, w_pos=None):
    """Truncate size to pos."""
    _check(w_self)
    size = w_self.pos if w_pos is None else space.index(w_pos)
    if size < 0:
        raise space.value_error("Negative size value %d" % size)
    if size < w_self.length:
        w_self.text = w_self.value()[:size]
        w_self.length = size
    return size


for _name in ("readable", "writable", "seekable"):
    method(w_stringio_type, _name)(lambda w_self: _check(w_self) or True)


@method(w_stringio_type, "close")
def stringio_close(w_self):
    """Close the IO object."""
    w_self.closed = True
    w_self.text, w_self.tail = "", []
    return None


@getset(w_stringio_type, "closed")
def stringio_closed(w_self):
    if not w_self.initialized:
        raise space.value_error("I/O operation on uninitialized object")
    return w_self.closed


@getset(w_stringio_type, "line_buffering")
def stringio_line_buffering(w_self):
    _check(w_self)
    return False


@getset(w_stringio_type, "newlines")
def stringio_newlines(w_self):
    _check(w_self)
    if w_self.decoder is None:
        return None
    return to_guest(w_self.decoder.newlines())


@method(w_stringio_type, "__getstate__")
def stringio_getstate(w_self):
    _check(w_self)
    w_dict = space.call_method(w_self.w_dict, "copy") if space.len_w(w_self.w_dict) else None
    return space.newtuple([w_self.value(), w_self.readnl, w_self.pos, w_dict])


@method(w_stringio_type, "__setstate__")
def stringio_setstate(w_self, w_state):
    if not isinstance(w_state, W_Tuple) or len(w_state.items_w) < 4:
        raise space.type_error("%s.__setstate__ argument should be 4-tuple, got %s"
                               % (type_display_name(w_self), type_display_name(w_state)))
    items = w_state.items_w
    stringio_init(w_self, items[0], items[1])
    # the state's text was translated once already: keep it as it is
    w_self.text, w_self.tail = to_host_arg(items[0]) if items[0] is not None else "", []
    w_self.length = len(w_self.text)
    if not isinstance(items[2], int):
        raise space.type_error("third item of state must be an integer, got %s"
                               % type_display_name(items[2]))
    if items[2] < 0:
        raise space.value_error("position value cannot be negative")
    w_self.pos = items[2]
    w_dict = items[3]
    if w_dict is not None:
        if not isinstance(w_dict, W_Dict):
            raise space.type_error("fourth item of state should be a dict, got a %s"
                                   % type_display_name(w_dict))
        space.call_method(w_self.w_dict, "update", w_dict)
    return None
