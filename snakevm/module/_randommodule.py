"""_random: the Mersenne Twister behind Lib's random.Random (interpreter level).

The generator is the host's _random.Random held by each guest object, so every
seed gives CPython's exact sequence.  As in CPython 3.12, ``__new__`` makes a
generator whose state is all zeros (it ignores its arguments) and
``__init__(seed=None)`` seeds it; Lib's random.Random defines its own
__init__ that calls ``seed``.  Seeding follows CPython's C code: None seeds
from the OS, an int (or int subclass) by its absolute value, anything else by
its guest hash taken as an unsigned 64-bit number; Lib's random.seed turns
str/bytes/bytearray into ints first."""

import _random as host_random

from snakevm.objspace.space import space
from snakevm.objspace.typedef import method, new_method
from snakevm.objspace.bridge import to_host, call_host_converted
from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import W_HostObject, host_object_type

_HASH_MASK = (1 << 64) - 1          # (size_t) of a Py_hash_t


class W_Random(W_HostObject):
    pass


w_random_type = host_object_type("Random", "_random", host_random.Random,
                                 ("random", "getrandbits"), acceptable_as_base=True,
                                 instance_class=W_Random)
w_random_type.dict_w["__module__"] = "_random"     # a heap type in CPython: in its __dict__


def _seed(w_self, w_n):
    if w_n is None or isinstance(w_n, int):          # unboxed int or bool
        seed = w_n
    elif getattr(w_n, "scalar_layout", False) and isinstance(w_n.value, int):
        seed = int(w_n.value)                         # int.__abs__, never a guest __abs__
    else:
        seed = space.hash_w(w_n) & _HASH_MASK
    call_host_converted(w_self.host.seed, [seed])


@new_method(w_random_type)
def random_new(w_cls, *args_w, **kwargs_w):
    w_self = W_Random(host_random.Random.__new__(host_random.Random), w_cls)
    if w_cls.has_dict:
        w_self.w_dict = space.newdict()
    return w_self


@method(w_random_type, "__init__", keywords=True,
        doc="Initialize self.  See help(type(self)) for accurate signature.")
def random_init(w_self, *args_w, **kwargs_w):
    w_type = space.type(w_self)
    if kwargs_w and (w_type is w_random_type or
                     w_type.lookup("__init__") is w_random_type.dict_w["__init__"]):
        raise space.type_error("Random() takes no keyword arguments")
    if len(args_w) > 1:
        raise space.type_error("Random() requires 0 or 1 argument")
    _seed(w_self, args_w[0] if args_w else None)
    return None


@method(w_random_type, "seed", doc=host_random.Random.seed.__doc__)
def random_seed(w_self, w_n=None):
    _seed(w_self, w_n)
    return None


@method(w_random_type, "getstate", doc=host_random.Random.getstate.__doc__)
def random_getstate(w_self):
    return call_host_converted(w_self.host.getstate, [])


@method(w_random_type, "setstate", doc=host_random.Random.setstate.__doc__)
def random_setstate(w_self, w_state):
    return call_host_converted(w_self.host.setstate, [to_host(w_state)])


def make_module():
    m = ModuleDef("_random", doc=host_random.__doc__)
    m.type(w_random_type)
    return m.w_module
