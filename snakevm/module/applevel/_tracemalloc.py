"""_tracemalloc for snakevm (application level): the module's interface with
tracing always off.  snakevm's heap does not record where each object was
allocated, so ``start()`` refuses with RuntimeError; everything that only asks
(is_tracing, get_object_traceback, get_traced_memory...) answers as CPython
does while tracing is off.  warnings.py asks, to suggest tracemalloc under a
ResourceWarning or a never-awaited coroutine."""


def is_tracing():
    return False


def start(nframe=1, /):
    raise RuntimeError("snakevm cannot trace memory allocations (tracemalloc.start)")


def stop():
    pass


def clear_traces():
    pass


def reset_peak():
    pass


def get_traceback_limit():
    return 1


def get_traced_memory():
    return (0, 0)


def get_tracemalloc_memory():
    return 0


def _get_object_traceback(obj, /):
    return None


def _get_traces():
    return []
