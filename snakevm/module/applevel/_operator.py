"""The application-level half of snakevm's _operator (see
snakevm/module/_operatormodule.py): attrgetter, itemgetter and methodcaller
as CPython's C types behave, argument checks and messages included.  They
replace Lib/operator.py's Python classes through its
``from _operator import *``."""


def _check_one(name, args):
    """PyArg_UnpackTuple(args, name, 1, 1)'s test and wording."""
    if len(args) != 1:
        raise TypeError("%s expected 1 argument, got %d" % (name, len(args)))


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)


class attrgetter:
    __module__ = "operator"
    __slots__ = ("_attrs", "_paths")

    def __init__(self, /, *attrs, **kwargs):
        _no_keywords("attrgetter", kwargs)
        if not attrs:
            _check_one("attrgetter", attrs)
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError("attribute name must be a string")
        self._attrs = attrs
        self._paths = tuple(attr.split(".") for attr in attrs)

    def __call__(self, /, *args, **kwargs):
        _no_keywords("attrgetter", kwargs)
        _check_one("attrgetter", args)
        values = tuple(_resolve(args[0], path) for path in self._paths)
        return values[0] if len(values) == 1 else values

    def __repr__(self):
        return "operator.attrgetter(%s)" % ", ".join(map(repr, self._attrs))

    def __reduce__(self):
        return type(self), self._attrs


def _resolve(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    __module__ = "operator"
    __slots__ = ("_items",)

    def __init__(self, /, *items, **kwargs):
        _no_keywords("itemgetter", kwargs)
        if not items:
            _check_one("itemgetter", items)
        self._items = items

    def __call__(self, /, *args, **kwargs):
        _no_keywords("itemgetter", kwargs)
        _check_one("itemgetter", args)
        obj = args[0]
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[item] for item in self._items)

    def __repr__(self):
        return "operator.itemgetter(%s)" % ", ".join(map(repr, self._items))

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    __module__ = "operator"
    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(self, /, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        if not isinstance(args[0], str):
            raise TypeError("method name must be a string")
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, /, *args, **kwargs):
        _no_keywords("methodcaller", kwargs)
        _check_one("methodcaller", args)
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        arguments = [repr(self._name)] + [repr(arg) for arg in self._args]
        arguments += ["%s=%r" % item for item in self._kwargs.items()]
        return "operator.methodcaller(%s)" % ", ".join(arguments)

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        from functools import partial      # functools imports operator: import when pickled
        return partial(type(self), self._name, **self._kwargs), self._args
