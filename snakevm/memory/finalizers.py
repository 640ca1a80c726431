"""Finalizers: guest ``__del__`` and generator close, run at most once per object.

The host calls a host object's ``__del__`` when its reference count drops to
zero -- the moment CPython calls the guest's ``__del__``.  So an instance of a
class that defines ``__del__`` is given a host class with a ``__del__``: a
subclass of its layout (W_Instance, W_List...) made once per layout by
``finalizing_layout``.  ``adopt`` switches a new instance to it when its class
has a ``__del__`` (CPython reads tp_finalize from the type the same way).

Host classes with a finalizer of their own (generators) define
``guest_finalize(self)`` and a host ``__del__`` that calls ``finalize``.

``finalize`` runs the finalizer once (PEP 442: the object is marked before the
call, so a resurrected object is not finalized again), with the exception
state saved, and reports an exception as unraisable, like CPython's
PyObject_CallFinalizerFromDealloc.  Nothing may escape a host ``__del__``."""

import atexit as host_atexit

from snakevm.objspace.root import OperationError
from snakevm.memory.heap import heap
from snakevm.limits import LimitExceeded

_layouts = {}           # host layout class -> its finalizing subclass
running = [False]       # True while a VM runs a program (runner), so guest code may run


@host_atexit.register
def _host_exits():
    """Objects the host frees while it shuts down are not finalized as guests."""
    running[0] = False


def has_finalizer(w_obj):
    return getattr(w_obj, "guest_finalize", None) is not None and \
        not getattr(w_obj, "gc_finalized", False)


def is_finalized(w_obj):
    return getattr(w_obj, "gc_finalized", False)


def finalize(w_obj):
    """Run ``w_obj``'s finalizer unless it already ran."""
    if getattr(w_obj, "gc_finalized", True) or not running[0]:
        return
    try:
        w_obj.gc_finalized = True
    except AttributeError:          # a layout without a __dict__
        return
    try:
        w_obj.guest_finalize()
    except OperationError as e:
        _report(e.w_value, w_obj)
    except RecursionError:
        pass
    except LimitExceeded:           # the run is over; the next guest instruction says so
        pass
    except Exception:               # noqa: BLE001 -- a host __del__ must not raise
        pass


def _report(w_exc, w_obj):
    from snakevm.interpreter.unraisable import write_unraisable   # imports the interpreter
    from snakevm.objspace.space import space
    try:
        w_del = space.type(w_obj).lookup("__del__") if isinstance(w_obj, _GuestDel) else None
        write_unraisable(w_exc, None, w_del if w_del is not None else w_obj)
    except Exception:               # noqa: BLE001 -- reporting must not raise either
        pass


class _GuestDel:
    """Mixed into a layout: run the guest class's ``__del__``."""
    gc_finalized = False

    def guest_finalize(self):
        from snakevm.objspace.space import space       # the object space imports this module
        from snakevm.interpreter import state
        w_del = self.w_type.lookup("__del__")
        if w_del is None:
            return
        saved = state.handled_exception
        try:
            space.call(space.get(w_del, self, self.w_type), [])
        finally:
            state.handled_exception = saved

    def __del__(self):
        finalize(self)
        host_del = getattr(super(), "__del__", None)
        if host_del is not None:
            host_del()


def finalizing_layout(layout):
    """The subclass of host class ``layout`` whose instances run a guest __del__."""
    if issubclass(layout, _GuestDel):
        return layout
    cls = _layouts.get(layout)
    if cls is None:
        cls = type(layout.__name__, (_GuestDel, layout), {"__module__": layout.__module__})
        _layouts[layout] = cls
    return cls


def adopt(w_obj):
    """Give a new instance the finalizing layout if its class has a __del__."""
    w_type = w_obj.w_type
    if w_type.is_builtin or not w_type.has_finalizer():
        return w_obj
    layout = type(w_obj)
    if not issubclass(layout, _GuestDel):
        try:
            w_obj.__class__ = finalizing_layout(layout)
        except TypeError:           # a host layout that cannot change class (__slots__ only)
            pass
    return w_obj


def adopt_existing_instances(w_type):
    """``__del__`` was just given to ``w_type``: its instances that already exist
    run it too (CPython reads tp_finalize from the type when they die)."""
    for w_obj in heap.objects():
        w_obj_type = getattr(w_obj, "w_type", None)
        if w_obj_type is not None and not isinstance(w_obj_type, type) and \
                not w_obj_type.is_builtin and w_obj_type.is_subtype(w_type) and \
                w_obj_type is not w_obj:
            adopt(w_obj)
