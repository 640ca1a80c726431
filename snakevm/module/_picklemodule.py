"""_pickle: the names of CPython's C accelerator for pickle.

PickleBuffer is interpreter level: the host's PickleBuffer over the host
buffer of the guest object it wraps (bytes, bytearray, memoryview, array...),
so the guest sees a buffer exporter whose raw() is a guest memoryview.
Pickler, Unpickler, the exceptions and dump/dumps/load/loads are app level
(applevel/_pickle.py): Lib's pure-Python pickler under the C module's names,
as PyPy once shipped cPickle, so code and tests that import _pickle run."""

import _pickle as host_pickle

from snakevm.objspace.bridge import host_buffer
from snakevm.objspace.memoryviewobject import W_MemoryView
from snakevm.objspace.root import W_Root
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, new_method
from snakevm.module.moduledef import ModuleDef


class W_PickleBuffer(W_Root):
    def __init__(self, w_obj, host):
        self.w_obj = w_obj          # the guest object whose buffer is wrapped
        self.host = host            # host PickleBuffer over that object's host buffer

    def host_buffer(self):
        if self.host is None:
            raise _released()
        return self.host

    def iter_refs(self):
        if self.w_obj is not None:
            yield self.w_obj

    def clear_refs(self):
        self.w_obj = None


w_picklebuffer_type = builtin_type("PickleBuffer", instance_class=W_PickleBuffer,
                                   module="pickle", acceptable_as_base=False,
                                   doc=host_pickle.PickleBuffer.__doc__)


def _released():
    return space.value_error("operation forbidden on released PickleBuffer object")


@new_method(w_picklebuffer_type)
def picklebuffer_new(w_cls, w_buffer):
    buffer = host_buffer(w_buffer)
    if buffer is None:
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type(w_buffer).name)
    return W_PickleBuffer(w_buffer, host_pickle.PickleBuffer(buffer))


@method(w_picklebuffer_type, "raw")
def picklebuffer_raw(w_self):
    """Return a memoryview of the raw memory underlying this buffer.
Will raise BufferError is the buffer isn't contiguous."""
    if w_self.host is None:
        raise _released()
    try:
        view = w_self.host.raw()
    except BufferError as e:
        raise space.error(space.builtin_exception("BufferError"), str(e))
    return W_MemoryView(w_self.w_obj, view)


@method(w_picklebuffer_type, "release")
def picklebuffer_release(w_self):
    """Release the underlying buffer exposed by the PickleBuffer object."""
    if w_self.host is not None:
        w_self.host.release()
        w_self.host = None
    return None


def make_module():
    m = ModuleDef("_pickle", doc=host_pickle.__doc__)
    m.type(w_picklebuffer_type)
    m.applevel("_pickle")
    return m.w_module
