# A namedtuple-style tuple subclass written by hand: __new__, properties via itemgetter-like descriptors, _replace.
class FieldGetter:
    def __init__(self, index, name):
        self.index = index
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return tuple.__getitem__(obj, self.index)

    def __set__(self, obj, value):
        raise AttributeError(f"can't set attribute {self.name!r}")


def make_record(typename, fields):
    fields = tuple(fields.split())

    def __new__(cls, *args, **kwargs):
        if len(args) + len(kwargs) != len(fields):
            raise TypeError(f"{typename}() takes {len(fields)} arguments")
        values = list(args) + [kwargs[f] for f in fields[len(args):]]
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"{typename}({inner})"

    def _replace(self, **changes):
        return type(self)(*[changes.get(f, v) for f, v in zip(fields, self)])

    def _asdict(self):
        return dict(zip(fields, self))

    namespace = {"__new__": __new__, "__repr__": __repr__, "_replace": _replace, "_asdict": _asdict,
                 "_fields": fields, "__slots__": ()}
    for i, f in enumerate(fields):
        namespace[f] = FieldGetter(i, f)
    return type(typename, (tuple,), namespace)


Point = make_record("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
x, y = p
print(x, y, p._replace(y=20), p._asdict(), Point._fields, type(p).__name__)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(p + (3,), type(p + (3,)).__name__, p[::-1], type(p[:]).__name__, tuple(p), list(p))


class Point3(Point):
    def norm1(self):
        return abs(self.x) + abs(self.y)


q = Point3(-3, 4)
print(q, q.norm1(), q._replace(x=0), type(q._replace(x=0)).__name__, Point3.__mro__[1].__name__)
print({p: "as dict key"}[(1, 2)], p.count(1), p.index(2), hasattr(p, "__dict__"))
