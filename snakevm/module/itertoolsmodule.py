"""itertools: a mixed module.  Most iterators are application-level Python
(applevel/itertools.py); the combinatoric ones -- product, permutations,
combinations, combinations_with_replacement -- are interpreter level over the
host's itertools.

The combinatoric iterators only rearrange references: they never compare,
hash or call their elements.  So the host iterator runs over host tuples of
guest objects (the pools, read once by guest iteration) and each result
tuple becomes a guest tuple; nothing host reaches the guest.  This makes
them as fast as CPython's per item instead of a guest call per item.
Pickling (__reduce__, __setstate__) goes through the host iterator too, with
CPython 3.12's DeprecationWarning issued in the guest."""

import itertools as host_itertools
import warnings as host_warnings

from snakevm.objspace.root import W_Root
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.objspace.typedef import builtin_type, method, new_method, as_instance_of
from snakevm.module.moduledef import ModuleDef, guest_warn


class W_Combinatoric(W_Root):
    """A host combinatoric iterator over the guest objects of ``pools``."""

    def __init__(self, host_iter, pools):
        self.host_iter = host_iter
        self.pools = pools          # host tuples of guest objects

    def next_w(self):
        try:
            return W_Tuple(next(self.host_iter))
        except StopIteration:
            return STOP_ITERATION

    def iter_refs(self):
        for pool in self.pools:
            yield from pool

    def clear_refs(self):
        self.pools = ()
        self.host_iter = iter(())


def _combinatoric_type(name):
    instance_class = type("W_" + name.title().replace("_", ""), (W_Combinatoric,), {})
    w_type = builtin_type(name, instance_class=instance_class, module="itertools",
                          acceptable_as_base=True,
                          doc=getattr(host_itertools, name).__doc__)
    method(w_type, "__iter__")(lambda w_self: w_self)

    @method(w_type, "__next__")
    def next_(w_self):
        w_item = w_self.next_w()
        if w_item is STOP_ITERATION:
            raise space.error(space.builtin_exception("StopIteration"))
        return w_item

    @method(w_type, "__reduce__")
    def reduce_(w_self):
        """CPython's reduce: (type, arguments[, state]), from the host iterator's."""
        warn_pickle_deprecated()
        w_reduced = _to_guest(_quietly(w_self.host_iter.__reduce__))
        return W_Tuple([space.type(w_self)] + list(w_reduced.items_w[1:]))

    @method(w_type, "__setstate__")
    def setstate(w_self, w_state):
        warn_pickle_deprecated()
        _quietly(w_self.host_iter.__setstate__, _to_host(w_state))
    return w_type, instance_class


PICKLE_DEPRECATED = ("Pickle, copy, and deepcopy support will be removed from itertools "
                     "in Python 3.14.")


def warn_pickle_deprecated():
    """CPython 3.12's DeprecationWarning for pickling or copying an itertools object."""
    guest_warn(PICKLE_DEPRECATED, "DeprecationWarning")


def _quietly(host_method, *args):
    """Call a host iterator's pickling method without its (host) DeprecationWarning."""
    with host_warnings.catch_warnings():
        host_warnings.simplefilter("ignore", DeprecationWarning)
        return host_method(*args)


def _to_guest(value):
    """A host reduce value: host tuples (of pools, indices) of guest objects."""
    if isinstance(value, tuple):
        return W_Tuple([_to_guest(item) for item in value])
    return value


def _to_host(w_value):
    """A guest state for the host iterator's __setstate__: guest tuples become host ones."""
    if isinstance(w_value, W_Tuple):
        return tuple(_to_host(w_item) for w_item in w_value.items_w)
    return w_value


w_product_type, W_Product = _combinatoric_type("product")
w_permutations_type, W_Permutations = _combinatoric_type("permutations")
w_combinations_type, W_Combinations = _combinatoric_type("combinations")
w_cwr_type, W_CombinationsWithReplacement = _combinatoric_type("combinations_with_replacement")


def _pool(w_iterable):
    return tuple(space.unpack_iterable(w_iterable))


def _count(w_value, message):
    """A non-negative count argument (r, repeat) as CPython checks it."""
    if type(w_value) is not int:
        if space.type(w_value).lookup("__index__") is None:
            raise space.type_error("'%s' object cannot be interpreted as an integer"
                                   % space.type(w_value).name)
        w_value = space.index(w_value)
    if w_value < 0:
        raise space.value_error(message)
    return w_value


def _instance(instance_class, w_cls, host_iter, pools):
    return as_instance_of(instance_class(host_iter, pools), w_cls)


def _no_keywords(name, kwargs_w):
    if kwargs_w:
        raise space.type_error("%s() takes no keyword arguments" % name)


@new_method(w_product_type)
def product_new(w_cls, *args_w, **kwargs_w):
    repeat = 1
    if kwargs_w:
        if set(kwargs_w) != {"repeat"}:
            name = next(k for k in kwargs_w if k != "repeat")
            raise space.type_error("'%s' is an invalid keyword argument for product()" % name)
        repeat = _count(kwargs_w["repeat"], "repeat argument cannot be negative")
    pools = tuple(_pool(w) for w in args_w)
    return _instance(W_Product, w_cls, host_itertools.product(*pools, repeat=repeat), pools)


def _iterable_and_r(name, args_w, kwargs_w, r_required):
    """(iterable, r or None) bound as CPython's argument clinic binds them."""
    names = ("iterable", "r")
    if len(args_w) + len(kwargs_w) > 2:
        raise space.type_error("%s() takes at most 2 %sarguments (%d given)" % (
            name, "keyword " if not args_w else "", len(args_w) + len(kwargs_w)))
    given = dict(zip(names, args_w))
    for i, key in enumerate(names[len(args_w):], len(args_w)):
        if key in kwargs_w:
            given[key] = kwargs_w[key]
        elif key == "iterable" or r_required:
            raise space.type_error("%s() missing required argument '%s' (pos %d)"
                                   % (name, key, i + 1))
    for key in kwargs_w:
        if key not in names:
            raise space.type_error("'%s' is an invalid keyword argument for %s()" % (key, name))
    return given["iterable"], given.get("r")


@new_method(w_permutations_type)
def permutations_new(w_cls, *args_w, **kwargs_w):
    w_iterable, w_r = _iterable_and_r("permutations", args_w, kwargs_w, False)
    pool = _pool(w_iterable)
    r = len(pool) if w_r is None else _count(w_r, "r must be non-negative")
    return _instance(W_Permutations, w_cls, host_itertools.permutations(pool, r), (pool,))


@new_method(w_combinations_type)
def combinations_new(w_cls, *args_w, **kwargs_w):
    w_iterable, w_r = _iterable_and_r("combinations", args_w, kwargs_w, True)
    pool = _pool(w_iterable)
    r = _count(w_r, "r must be non-negative")
    return _instance(W_Combinations, w_cls, host_itertools.combinations(pool, r), (pool,))


@new_method(w_cwr_type)
def cwr_new(w_cls, *args_w, **kwargs_w):
    w_iterable, w_r = _iterable_and_r("combinations_with_replacement", args_w, kwargs_w, True)
    pool = _pool(w_iterable)
    r = _count(w_r, "r must be non-negative")
    return _instance(W_CombinationsWithReplacement, w_cls,
                     host_itertools.combinations_with_replacement(pool, r), (pool,))


def make_module():
    m = ModuleDef("itertools", doc=host_itertools.__doc__)
    m.applevel("itertools")
    for w_type in (w_product_type, w_permutations_type, w_combinations_type, w_cwr_type):
        m.type(w_type)
    return m.w_module
