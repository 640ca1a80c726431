"""_pickle for snakevm (application level, with PickleBuffer from the
interpreter level): Lib's pure-Python pickler under the C module's names.

pickle.py imports PickleBuffer from here first and, at its end, replaces its
own Pickler/Unpickler/dump/dumps/load/loads and exceptions by ours; so the
classes are made on first use (module __getattr__), from pickle's _Pickler
and _Unpickler, once pickle has defined them."""

from io import BytesIO as _BytesIO

_LAZY = ("PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler")


def __getattr__(name):
    if name not in _LAZY:
        raise AttributeError("module '_pickle' has no attribute '%s'" % name)
    import pickle       # pickle imports this module first: only import it when asked
    namespace = globals()
    if "Pickler" not in namespace:
        namespace["PickleError"] = pickle.PickleError
        namespace["PicklingError"] = pickle.PicklingError
        namespace["UnpicklingError"] = pickle.UnpicklingError

        class Pickler(pickle._Pickler):
            __doc__ = pickle._Pickler.__doc__
        Pickler.__module__, Pickler.__qualname__ = "_pickle", "Pickler"

        class Unpickler(pickle._Unpickler):
            __doc__ = pickle._Unpickler.__doc__
        Unpickler.__module__, Unpickler.__qualname__ = "_pickle", "Unpickler"
        namespace["Pickler"] = Pickler
        namespace["Unpickler"] = Unpickler
    return namespace[name]


def __dir__():
    names = set(globals()) | set(_LAZY)
    return sorted(n for n in names if not n.startswith("_") or n.startswith("__"))


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    __getattr__("Pickler")(file, protocol, fix_imports=fix_imports,
                           buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    f = _BytesIO()
    __getattr__("Pickler")(f, protocol, fix_imports=fix_imports,
                           buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    return __getattr__("Unpickler")(file, fix_imports=fix_imports, buffers=buffers,
                                    encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    file = _BytesIO(data)
    return __getattr__("Unpickler")(file, fix_imports=fix_imports, buffers=buffers,
                                    encoding=encoding, errors=errors).load()
