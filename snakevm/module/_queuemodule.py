"""_queue: SimpleQueue, the host's, holding guest objects (they pass through the
host queue untouched); get() blocks as a host call, so a signal handler can
interrupt it.  _queue.Empty is a guest class."""

import _queue as host_queue

from snakevm.objspace.typedef import method, new_method
from snakevm.objspace.bridge import call_host_converted, to_host_arg
from snakevm.objspace.genericalias import new_generic_alias
from snakevm.objspace.typedef import classmethod_
from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import W_HostObject, host_object_type


class W_SimpleQueue(W_HostObject):
    pass


w_simplequeue_type = host_object_type("SimpleQueue", "_queue", host_queue.SimpleQueue,
                                      ("empty", "qsize", "get", "get_nowait"),
                                      acceptable_as_base=True, instance_class=W_SimpleQueue)


@new_method(w_simplequeue_type)
def simplequeue_new(w_cls, *args_w, **kwargs_w):
    return W_SimpleQueue(call_host_converted(host_queue.SimpleQueue, [],
                                             result=lambda value: value), w_cls)


@method(w_simplequeue_type, "put", keywords=True)
def simplequeue_put(w_self, w_item, block=True, timeout=None):
    """Put the item on the queue (guest objects are stored as they are)."""
    w_self.host.put(w_item, to_host_arg(block), to_host_arg(timeout))
    return None


@method(w_simplequeue_type, "put_nowait", keywords=True)
def simplequeue_put_nowait(w_self, w_item):
    """Put an item into the queue without blocking."""
    w_self.host.put_nowait(w_item)
    return None


classmethod_(w_simplequeue_type, "__class_getitem__", doc="See PEP 585")(new_generic_alias)


def make_module():
    m = ModuleDef("_queue", doc=host_queue.__doc__)
    m.type(w_simplequeue_type)
    m.exception("Empty", ("Exception",), host_queue.Empty, module="_queue",
                doc="Exception raised by Queue.get(block=0)/get_nowait().")
    return m.w_module
