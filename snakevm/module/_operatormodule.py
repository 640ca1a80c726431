"""_operator: the C twin of Lib/operator.py, partly.

Lib/operator.py defines every name in Python and then runs
``from _operator import *``, so whatever this module exports replaces the
Python definition.  It exports:

* the operator functions of fixed arity (add, lt, iadd, neg, getitem,
  countOf, ...) at interpreter level over the space's operations, so that
  they bind their arguments as CPython's C functions do ("add expected 2
  arguments, got 1", "_operator.neg() takes exactly one argument (0 given)");
* attrgetter, itemgetter and methodcaller from applevel/_operator.py, with
  the C types' argument checks;
* ``_compare_digest`` (hmac.compare_digest, a constant-time comparison) and
  ``index`` (the Python one would raise AttributeError, not TypeError, for
  objects without __index__), the host's behind the bridge.

The rest (concat, iconcat, length_hint, call, abs) stay Lib's Python."""

import _operator as host_operator

from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.module.moduledef import ModuleDef

BINARY_FUNCTIONS = {
    "add": "+", "sub": "-", "mul": "*", "matmul": "@", "truediv": "/", "floordiv": "//",
    "mod": "%", "pow": "**", "lshift": "<<", "rshift": ">>", "and_": "&", "or_": "|",
    "xor": "^",
}
INPLACE_FUNCTIONS = {"i" + name.rstrip("_"): symbol for name, symbol in BINARY_FUNCTIONS.items()}
COMPARISON_FUNCTIONS = {"lt": "<", "le": "<=", "eq": "==", "ne": "!=", "gt": ">", "ge": ">="}
UNARY_FUNCTIONS = {"neg": "-", "pos": "+", "inv": "~", "invert": "~"}


def _binary(symbol):
    return lambda w_a, w_b: space.binary_op(w_a, w_b, symbol)


def _inplace(symbol):
    return lambda w_a, w_b: space.inplace_op(w_a, w_b, symbol)


def _comparison(symbol):
    return lambda w_a, w_b: space.compare(w_a, w_b, symbol)


def _unary(symbol):
    return lambda w_a: space.unary_op(w_a, symbol)


def not_(w_a):
    return not space.is_true(w_a)


def truth(w_a):
    return space.is_true(w_a)


def is_(w_a, w_b):
    return w_a is w_b


def is_not(w_a, w_b):
    return w_a is not w_b


def contains(w_a, w_b):
    return space.contains(w_a, w_b)


def getitem(w_a, w_b):
    return space.getitem(w_a, w_b)


def setitem(w_a, w_b, w_c):
    space.setitem(w_a, w_b, w_c)


def delitem(w_a, w_b):
    space.delitem(w_a, w_b)


def _search(w_sequence, w_value):
    """CPython's _PySequence_IterSearch: the indices at which ``w_value`` occurs
    (``is`` or ``==``), lazily."""
    try:
        w_iter = space.iter(w_sequence)
    except OperationError as e:
        if not e.match(space.builtin_exception("TypeError")):
            raise
        raise space.type_error("argument of type '%s' is not iterable"
                               % space.type(w_sequence).name) from None
    index = 0
    while True:
        w_item = space.next(w_iter)
        if w_item is STOP_ITERATION:
            return
        if w_item is w_value or space.eq_w(w_item, w_value):
            yield index
        index += 1


def countOf(w_a, w_b):
    return sum(1 for _ in _search(w_a, w_b))


def indexOf(w_a, w_b):
    for index in _search(w_a, w_b):
        return index
    raise space.value_error("sequence.index(x): x not in sequence")


def _functions():
    """name -> host function, for every function defined here."""
    functions = {name: _binary(symbol) for name, symbol in BINARY_FUNCTIONS.items()}
    functions.update((name, _inplace(symbol)) for name, symbol in INPLACE_FUNCTIONS.items())
    functions.update((name, _comparison(symbol))
                     for name, symbol in COMPARISON_FUNCTIONS.items())
    functions.update((name, _unary(symbol)) for name, symbol in UNARY_FUNCTIONS.items())
    for func in (not_, truth, is_, is_not, contains, getitem, setitem, delitem, countOf,
                 indexOf):
        functions[func.__name__] = func
    return functions


def make_module():
    m = ModuleDef("_operator", doc=host_operator.__doc__)
    m.host_functions(host_operator, ("_compare_digest", "index"))
    for name, func in _functions().items():
        host_twin = getattr(host_operator, name)
        w_func = m.function(func, name, doc=host_twin.__doc__)
        w_func.text_signature = host_twin.__text_signature__
    m.applevel("_operator")
    return m.w_module
