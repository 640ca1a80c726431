"""snakevm: a Python 3.12 virtual machine written in Python.

Pipeline: source -> stdlib ast -> snakevm.compiler -> snakevm.code.Code
(CPython 3.12 layout) <-> .pyc (snakevm.marshal) -> snakevm interpreter.
See DEVELOPERS.md and docs/ for the design.
"""


def __getattr__(name):
    """``snakevm.VM`` and the rest of the embedding API (snakevm/vm.py), loaded on
    first use so that ``python -m snakevm`` does not pay for them."""
    if name in ("VM", "Result", "GuestError", "ConversionError"):
        from snakevm import vm
        return getattr(vm, name)
    raise AttributeError("module 'snakevm' has no attribute %r" % name)
