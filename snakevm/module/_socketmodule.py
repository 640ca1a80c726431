"""_socket: the host's sockets behind the bridge (interpreter level).

A guest socket (``_socket.socket``, which Lib's socket.socket subclasses)
holds a host socket object; its methods are the host's, buffers pass as host
buffers, addresses as tuples of unboxed values.  Blocking calls (accept,
recv, connect...) run as blocking host calls, so a signal handler can
interrupt them.  Host socket errors become the guest's OSError subclasses
(socket.gaierror and socket.herror are guest classes of module 'socket')."""

import _socket as host_socket

from snakevm.objspace.space import space
from snakevm.objspace.typedef import method, new_method
from snakevm.objspace.bridge import call_host_converted, to_host_arg
from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import W_HostObject, host_object_type

_METHODS = ("_accept", "bind", "close", "connect", "connect_ex", "detach", "fileno",
            "getblocking", "getpeername", "getsockname", "getsockopt", "gettimeout", "listen",
            "recv", "recv_into", "recvfrom", "recvfrom_into", "recvmsg", "recvmsg_into", "send",
            "sendall", "sendmsg", "sendto", "setblocking", "setsockopt", "settimeout",
            "shutdown", "__repr__")


class W_Socket(W_HostObject):
    pass


w_socket_type = host_object_type("socket", "_socket", host_socket.socket, (),
                                 ("family", "type", "proto", "timeout"),
                                 acceptable_as_base=True, instance_class=W_Socket)


def _forward(name):
    def call(w_self, *args_w, **kwargs_w):
        host = w_self.host
        if host is None:
            raise space.error(space.builtin_exception("OSError"), "[Errno 9] Bad file descriptor")
        return call_host_converted(getattr(host, name), [to_host_arg(w) for w in args_w],
                                   {k: to_host_arg(w) for k, w in kwargs_w.items()})
    call.__name__ = name
    return call


for _name in _METHODS:
    method(w_socket_type, _name, keywords=True,
           doc=getattr(host_socket.socket, _name).__doc__)(_forward(_name))


@new_method(w_socket_type)
def socket_new(w_cls, *args_w, **kwargs_w):
    w_self = W_Socket(None, w_cls)
    if w_cls.has_dict:
        w_self.w_dict = space.newdict()
    return w_self


@method(w_socket_type, "__init__", keywords=True)
def socket_init(w_self, family=-1, type=-1, proto=-1, fileno=None):
    w_self.host = call_host_converted(
        host_socket.socket, [to_host_arg(family), to_host_arg(type), to_host_arg(proto),
                             to_host_arg(fileno)], result=lambda value: value)
    return None


@method(w_socket_type, "__getstate__")
def socket_getstate(w_self):
    raise space.type_error("cannot pickle '%s' object" % space.type(w_self).name)


def make_module():
    m = ModuleDef("_socket", doc=host_socket.__doc__)
    m.type(w_socket_type)
    m.value("SocketType", w_socket_type)
    m.value("error", space.builtin_exception("OSError"))
    m.value("timeout", space.builtin_exception("TimeoutError"))
    m.exception("gaierror", (space.builtin_exception("OSError"),), host_socket.gaierror,
                module="socket")
    m.exception("herror", (space.builtin_exception("OSError"),), host_socket.herror,
                module="socket")
    for name in dir(host_socket):
        value = getattr(host_socket, name)
        if name.startswith("_") or name in ("socket", "SocketType", "error", "timeout",
                                             "gaierror", "herror", "CAPI"):
            continue
        if isinstance(value, (int, str, bool)):
            m.value(name, value)
        elif callable(value) and not isinstance(value, type):
            m.host_functions(host_socket, [name])
    return m.w_module
