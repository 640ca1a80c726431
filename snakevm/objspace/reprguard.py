"""Recursive-repr protection: ``[...]`` and ``{...}`` for containers that contain themselves."""

_in_progress = set()


def guarded_repr(w_obj, placeholder, make_repr):
    key = id(w_obj)
    if key in _in_progress:
        return placeholder
    _in_progress.add(key)
    try:
        return make_repr()
    finally:
        _in_progress.discard(key)
