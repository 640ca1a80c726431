"""_random: the Mersenne Twister behind Lib's random.Random (interpreter level).

The generator is the host's _random.Random held by each guest object, so every
seed gives CPython's exact sequence.  Seeding follows CPython's C code: None
seeds from the OS, an int by its absolute value, anything else by its (guest)
hash; Lib's random.seed turns str/bytes into ints first."""

import _random as host_random

from snakevm.objspace.space import space
from snakevm.objspace.typedef import method, new_method
from snakevm.objspace.bridge import to_host, call_host_converted
from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import W_HostObject, host_object_type


class W_Random(W_HostObject):
    pass


w_random_type = host_object_type("Random", "_random", host_random.Random,
                                 ("random", "getrandbits"), acceptable_as_base=True,
                                 instance_class=W_Random,
                                 doc="Random() -> create a random number generator with its "
                                     "own internal state.")


def _seed(w_self, w_n):
    if w_n is None or isinstance(w_n, int):
        seed = w_n
    elif getattr(w_n, "scalar_layout", False) and isinstance(w_n.value, int):
        seed = w_n.value
    else:
        seed = space.hash_w(w_n)
    call_host_converted(w_self.host.seed, [seed])


@new_method(w_random_type)
def random_new(w_cls, *args_w, **kwargs_w):
    if w_cls is w_random_type:
        if kwargs_w:
            raise space.type_error("Random() takes no keyword arguments")
        if len(args_w) > 1:
            raise space.type_error("Random() requires 0 or 1 argument")
    w_self = W_Random(host_random.Random(), w_cls)
    if w_cls.has_dict:
        w_self.w_dict = space.newdict()
    _seed(w_self, args_w[0] if len(args_w) == 1 else None)
    return w_self


@method(w_random_type, "seed")
def random_seed(w_self, w_n=None):
    """seed([n]) -> None.

    Defaults to use urandom and falls back to a combination
    of the current time and the process identifier."""
    _seed(w_self, w_n)
    return None


@method(w_random_type, "getstate")
def random_getstate(w_self):
    """getstate() -> tuple containing the current state."""
    return call_host_converted(w_self.host.getstate, [])


@method(w_random_type, "setstate")
def random_setstate(w_self, w_state):
    """setstate(state) -> None.  Restores generator state."""
    return call_host_converted(w_self.host.setstate, [to_host(w_state)])


def make_module():
    m = ModuleDef("_random", doc=host_random.__doc__)
    m.type(w_random_type)
    return m.w_module
