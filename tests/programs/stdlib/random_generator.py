# random: the _random.Random type -- 3.12's __new__/__init__ split, seeding by int/int subclass/hash (size_t), getstate/setstate checks, subclasses, pickling.
import _random
import copy
import pickle
import random


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Hash:
    def __hash__(self):
        return 12345


class NegativeHash:
    def __hash__(self):
        return -2 ** 62


class MyInt(int):
    def __abs__(self):
        return 0


show("int seeds", lambda: [_random.Random(s).random() for s in (0, 1, 42, -42, 2 ** 100, -(2 ** 100))])
show("int subclass ignores __abs__", lambda: _random.Random(MyInt(-7)).random() == _random.Random(7).random())
show("bool seeds", lambda: (_random.Random(True).random(), _random.Random(False).random()))
show("hash seed", lambda: _random.Random(Hash()).random())
show("negative hash seed", lambda: _random.Random(NegativeHash()).random())
show("tuple seed", lambda: _random.Random((1, 2, 3)).random())
show("frozenset seed", lambda: _random.Random(frozenset()).random())
show("float seed", lambda: (_random.Random(3.5).random(), _random.Random(-0.0).random()))
show("none seed", lambda: 0 <= _random.Random(None).random() < 1)
show("unhashable seed", lambda: _random.Random([1]))
show("too many", lambda: _random.Random(1, 2))
show("keywords", lambda: _random.Random(x=1))
show("seed arity", lambda: _random.Random().seed(1, 2))
show("getrandbits", lambda: (_random.Random(5).getrandbits(0), _random.Random(5).getrandbits(100)))
show("getrandbits negative", lambda: _random.Random().getrandbits(-1))
show("getrandbits str", lambda: _random.Random().getrandbits("x"))
show("random arity", lambda: _random.Random().random(1))
show("uninitialized", lambda: (_random.Random.__new__(_random.Random).random(),
                              _random.Random.__new__(_random.Random, 5).getrandbits(8)))
show("uninitialized state", lambda: _random.Random.__new__(_random.Random).getstate()[-3:])
r = _random.Random(5)
state = r.getstate()
show("state", lambda: (type(state), len(state), state[-1]))
r2 = _random.Random()
r2.setstate(state)
show("setstate", lambda: r2.random() == r.random())
show("setstate int", lambda: _random.Random().setstate(5))
show("setstate short", lambda: _random.Random().setstate((1, 2)))
show("setstate index", lambda: _random.Random().setstate((1,) * 624 + (700,)))
show("setstate negative", lambda: _random.Random().setstate((-1,) * 624 + (0,)))
show("setstate big", lambda: _random.Random().setstate((2 ** 33,) * 624 + (0,)))
show("setstate str", lambda: _random.Random().setstate(("x",) * 624 + (0,)))
show("setstate 624", lambda: (_random.Random().setstate((1,) * 624 + (624,)), "ok"))
show("Lib setstate wrong size", lambda: random.setstate((3, (1,) * 10, None)))


class NoInit(_random.Random):
    def __init__(self, a, b):
        self.b = b


show("subclass skipping init", lambda: (NoInit(1, 2).b, NoInit(1, 2).random()))


class Inherit(_random.Random):
    pass


show("subclass too many", lambda: Inherit(1, 2))
show("subclass keywords", lambda: Inherit(x=3))
show("subclass seeds", lambda: Inherit(5).random() == _random.Random(5).random())


class Overrides(random.Random):
    def random(self):
        return 0.5


o = Overrides(3)
show("Lib subclass", lambda: (o.random(), o.choice([1, 2, 3]), o.randrange(10), o.getrandbits(4)))
show("type", lambda: (_random.Random.__name__, _random.Random.__module__, _random.Random.__doc__))
show("methods", lambda: sorted(n for n in dir(_random.Random) if not n.startswith("__")))
show("docs", lambda: (_random.Random.seed.__doc__.splitlines()[0], _random.Random.random.__doc__))
show("Lib reduce", lambda: random.Random(5).__reduce__()[0])
lib = random.Random(99)
show("pickle", lambda: pickle.loads(pickle.dumps(lib)).random() == lib.random())
show("deepcopy", lambda: copy.deepcopy(lib).random() == lib.random())
show("pickle _random", lambda: pickle.dumps(_random.Random(5)))
