# *args and **kwargs: collection, ordering, forwarding, mixing with named parameters.
def collect(*args, **kwargs):
    return args, kwargs


print(collect())
print(collect(1, 2, x=3, y=4))
print(collect(*[1, 2], **{"a": 1}))
print(collect(*(), **{}))


def forward(*args, **kwargs):
    return collect(*args, **kwargs)


print(forward(1, k="v"))


def mixed(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs


print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3, e=9))
print(mixed(c=0, a=1, zz=2))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)


def kw_order(**kw):
    return list(kw)


print(kw_order(z=1, a=2, m=3))
print(kw_order(**{"b": 1}, a=2))


def modify(*args, **kwargs):
    kwargs["added"] = True
    return args + (0,), kwargs


d = {"orig": 1}
print(modify(**d), d)
print(collect(**{"not an identifier": 1, "1x": 2}))


class Mapping:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, key):
        return key.upper()


print(collect(**Mapping()))


def gen():
    yield 1
    yield 2


print(collect(*gen(), *"ab"))
print(collect(*range(3), 4, *[5]))
args, kwargs = collect(1, b=2)
print(args + (3,), {**kwargs, "c": 4})
