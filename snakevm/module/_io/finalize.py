"""Closing io objects the program dropped, as CPython's finalizers do.

CPython closes (so flushes) a file object when its last reference goes away,
and closes whatever is still open when the interpreter shuts down.  snakevm
does not run guest ``__del__`` yet, so the io stack does it itself:

* when the host frees a built-in io object whose whole stack is built-in
  (TextIOWrapper over Buffered* over FileIO...), its host ``__del__`` closes it
  with host code only (``release``): ``open(p, "w").write(s)`` writes ``s``;
* at exit, the runner calls ``close_all()``: every io object still open is
  closed through its guest ``close`` (guest subclasses included); the standard
  streams are only flushed."""

import weakref

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space

_LIVE = weakref.WeakValueDictionary()       # creation number -> io object
_counter = [0]


def track(w_obj):
    """Remember an initialised io object so that close_all() can close it."""
    _counter[0] += 1
    _LIVE[_counter[0]] = w_obj


def release(close):
    """Run host-only ``close()`` from a host __del__; nothing may escape."""
    try:
        close()
    except BaseException:
        pass


def close_all(std_streams_w):
    """Close what is still open at exit, in creation order (the order CPython
    clears a module's globals in), skipping the layers under another object
    (they are closed through it); the standard streams ``std_streams_w`` and what
    they are built on are flushed instead."""
    keep = set()
    for w_stream in std_streams_w:
        while w_stream is not None and id(w_stream) not in keep:
            keep.add(id(w_stream))
            w_stream = _below(w_stream)
    items = sorted(_LIVE.items())
    below = {id(_below(w_obj)) for _, w_obj in items}
    roots = [w_obj for _, w_obj in items if id(w_obj) not in below]
    for w_obj in roots + [w_obj for _, w_obj in items]:
        try:
            if space.is_true(space.getattr(w_obj, "closed")):
                continue
            space.call_method(w_obj, "flush" if id(w_obj) in keep else "close")
        except OperationError:
            pass


def _below(w_obj):
    """The stream a built-in wrapper or buffer is layered on, or None."""
    return getattr(w_obj, "w_buffer", None) or getattr(w_obj, "w_raw", None)
