"""_warnings: the C half of Lib's warnings module, reduced to its entry points.

snakevm runs Lib's pure-Python warnings machinery: this module exports no
``filters``, so warnings.py's ``from _warnings import filters, ...`` fails and
it keeps its own Python implementation.  ``warn``/``warn_explicit`` here (used
by modules that import _warnings directly, like importlib._bootstrap_external)
forward to the guest's warnings module."""

from snakevm.objspace.space import space
from snakevm.module.moduledef import ModuleDef, import_guest


def _forward(name):
    def call(*args_w, **kwargs_w):
        w_warnings = import_guest("warnings")
        return space.call(space.getattr(w_warnings, name), list(args_w), kwargs_w)
    call.__name__ = name
    return call


def make_module():
    m = ModuleDef("_warnings", doc="_warnings provides basic warning filtering support.\n"
                                   "It is a helper module to speed up interpreter start-up.")
    m.function(_forward("warn"), "warn", keywords=True)
    m.function(_forward("warn_explicit"), "warn_explicit", keywords=True)
    return m.w_module
