"""BufferedRWPair: a BufferedReader and a BufferedWriter over two raw streams,
used as one stream (CPython's Modules/_io/bufferedio.c, rwpair).  Every call
is forwarded to the reader's or the writer's guest method."""

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset
from snakevm.module._io.iobase import (W_IOBase, w_bufferediobase_type, io_new,
                                       DEFAULT_BUFFER_SIZE, require_true)
from snakevm.module._io.buffered import w_reader_type, w_writer_type


class W_BufferedRWPair(W_IOBase):
    def __init__(self, w_type=None):
        W_IOBase.__init__(self, w_type)
        self.w_reader = None
        self.w_writer = None


w_rwpair_type = builtin_type(
    "BufferedRWPair", [w_bufferediobase_type], instance_class=W_BufferedRWPair, module="_io",
    has_dict=True,
    doc="A buffered reader and writer object together.\n\nA buffered reader object and "
        "buffered writer object put together to\nform a sequential IO object that can read "
        "and write. This is typically\nused with a socket or two-way pipe.\n\nreader and "
        "writer are RawIOBase objects that are readable and\nwriteable respectively. If the "
        "buffer_size is omitted it defaults to\nDEFAULT_BUFFER_SIZE.")
io_new(w_rwpair_type, W_BufferedRWPair)


@method(w_rwpair_type, "__init__")
def rwpair_init(w_self, w_reader, w_writer, buffer_size=DEFAULT_BUFFER_SIZE):
    buffer_size = space.index(buffer_size)
    require_true(w_reader, "readable", "File or stream is not readable.")
    require_true(w_writer, "writable", "File or stream is not writable.")
    w_self.w_reader = space.call(w_reader_type, [w_reader, buffer_size])
    w_self.w_writer = space.call(w_writer_type, [w_writer, buffer_size])
    return None


def _forward(w_target, name, args_w):
    if w_target is None:
        raise space.value_error("I/O operation on uninitialized object")
    return space.call_method(w_target, name, *args_w)


def _pair_method(side, name):
    def call(w_self, *args_w):
        return _forward(w_self.w_reader if side == "r" else w_self.w_writer, name, args_w)
    call.__name__ = name
    return call


for _name in ("read", "peek", "read1", "readinto", "readinto1", "readable"):
    method(w_rwpair_type, _name)(_pair_method("r", _name))
for _name in ("write", "flush", "writable"):
    method(w_rwpair_type, _name)(_pair_method("w", _name))


@method(w_rwpair_type, "close")
def rwpair_close(w_self):
    error = None
    try:
        _forward(w_self.w_writer, "close", ())
    except OperationError as e:
        error = e
    try:
        _forward(w_self.w_reader, "close", ())
    except OperationError as e:
        if error is not None:
            e.w_value.w_context = error.w_value
        raise
    if error is not None:
        raise error
    return None


@method(w_rwpair_type, "isatty")
def rwpair_isatty(w_self):
    w_result = _forward(w_self.w_writer, "isatty", ())
    if w_result is not False:
        return w_result
    return _forward(w_self.w_reader, "isatty", ())


@getset(w_rwpair_type, "closed")
def rwpair_closed(w_self):
    if w_self.w_writer is None:
        raise space.error(space.builtin_exception("RuntimeError"),
                          "the BufferedRWPair object is being garbage-collected")
    return space.getattr(w_self.w_writer, "closed")
