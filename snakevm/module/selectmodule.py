"""select: the host's select/poll/epoll behind the bridge.  Guest file objects
are turned into file descriptors with their fileno() method (CPython's
PyObject_AsFileDescriptor); select() returns the guest objects that were
passed in.  These are blocking host calls: a signal handler may interrupt
them (see _signalmodule.py)."""

import select as host_select

from snakevm.objspace.space import space
from snakevm.objspace.typedef import method, new_method
from snakevm.objspace.bridge import call_host_converted, to_host_arg
from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import W_HostObject, host_object_type


def file_descriptor(w_obj):
    """CPython's PyObject_AsFileDescriptor."""
    if isinstance(w_obj, int):
        fd = w_obj
    else:
        w_fileno = space.findattr(w_obj, "fileno")
        if w_fileno is None:
            if space.type(w_obj).lookup("__index__") is not None:
                fd = space.index(w_obj)
            else:
                raise space.type_error("argument must be an int, or have a fileno() method.")
        else:
            w_fd = space.call(w_fileno, [])
            if not isinstance(w_fd, int):
                raise space.type_error("fileno() returned a non-integer")
            fd = w_fd
    if fd < 0:
        raise space.value_error("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _identity(value):
    return value


def select_select(w_rlist, w_wlist, w_xlist, w_timeout=None):
    """Wait until one or more file descriptors are ready for some kind of I/O."""
    if w_timeout is None:
        timeout = None
    else:
        timeout = to_host_arg(w_timeout)
        if not isinstance(timeout, (int, float)):
            raise space.type_error("timeout must be a float or None")
        if timeout < 0:
            raise space.value_error("timeout must be non-negative")
    entries = []
    for w_list in (w_rlist, w_wlist, w_xlist):
        if space.type(w_list).lookup("__iter__") is None:
            raise space.type_error("arguments 1-3 must be sequences")
        entries.append([(file_descriptor(w), w) for w in space.unpack_iterable(w_list)])
    ready = call_host_converted(host_select.select,
                                [[fd for fd, _ in e] for e in entries] + [timeout],
                                result=_identity)
    result_w = []
    for found, entry in zip(ready, entries):
        chosen = []
        for fd in found:
            for candidate_fd, w_obj in entry:
                if candidate_fd == fd:
                    chosen.append(w_obj)
                    break
        result_w.append(space.newlist(chosen))
    return space.newtuple(result_w)


def _with_fd(name):
    def call(w_self, w_fd, *args_w):
        host_method = getattr(w_self.host, name)
        return call_host_converted(host_method, [file_descriptor(w_fd)] +
                                   [to_host_arg(w) for w in args_w])
    call.__name__ = name
    return call


w_poll_type = host_object_type("poll", "select", type(host_select.poll()), ("poll",))
for _name in ("register", "modify", "unregister"):
    method(w_poll_type, _name)(_with_fd(_name))


class W_Epoll(W_HostObject):
    pass


w_epoll_type = host_object_type("epoll", "select", host_select.epoll,
                                ("poll", "close", "fileno", "__exit__"), ("closed",),
                                acceptable_as_base=True, instance_class=W_Epoll)
for _name in ("register", "modify", "unregister"):
    method(w_epoll_type, _name, keywords=True)(_with_fd(_name))
method(w_epoll_type, "__enter__")(lambda w_self: w_self)


@new_method(w_epoll_type)
def epoll_new(w_cls, sizehint=-1, flags=0):
    host = call_host_converted(host_select.epoll, [to_host_arg(sizehint), to_host_arg(flags)],
                               result=_identity)
    return W_Epoll(host, w_cls)


def select_poll():
    """Returns a polling object."""
    return call_host_converted(host_select.poll, [])


def make_module():
    m = ModuleDef("select", doc=host_select.__doc__)
    m.function(select_select, "select")
    m.function(select_poll, "poll")
    m.type(w_epoll_type)
    m.value("error", space.builtin_exception("OSError"))
    for name in dir(host_select):
        value = getattr(host_select, name)
        if name.isupper() and isinstance(value, int):
            m.value(name, value)
    return m.w_module


