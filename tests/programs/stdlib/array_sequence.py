# array: indexing, slicing, slice assignment/deletion, iteration (arrayiterator), +, *, in-place operators, comparisons and repr, CPython's messages.
import sys
from array import array as A


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Index:
    def __index__(self):
        return 3


a = A("i", [1, 2, 3, 2, 1])
show("index", lambda: (a[0], a[-1], a[Index()], a[True]))
show("index out of range", lambda: a[10])
show("index str", lambda: a["x"])
show("index float", lambda: a[1.5])
show("slices", lambda: (a[1:3], a[::-1], a[::2], a[Index():], a[-100:100], a[3:1]))
show("slice float", lambda: a[1.5:])
show("slice step zero", lambda: a[::0])
e = A("i", range(10))


def set_items():
    e[0] = 100
    e[-1] = 99
    e[Index()] = Index()
    e[1:3] = A("i", [7, 7, 7])
    e[::3] = A("i", [0, 0, 0, 0])
    return e


show("set items", set_items)


def set_str():
    e[0] = "x"


def set_list_slice():
    e[1:2] = [1]


def set_extended_wrong_size():
    e[::2] = A("i", [1])


def set_other_kind():
    e[1:2] = A("h", [1])


def set_out_of_range():
    e[100] = 1


def set_str_index():
    e["a"] = 1


show("set str", set_str)
show("set list slice", set_list_slice)
show("set extended wrong size", set_extended_wrong_size)
show("set other kind", set_other_kind)
show("set out of range", set_out_of_range)
show("set str index", set_str_index)
show("unchanged", lambda: e)


def self_assign():
    f = A("i", [1, 2, 3])
    f[1:] = f
    return f


def shrink_grow():
    s = A("i", [1, 2, 3, 4, 5])
    s[1:4] = A("i")
    r1 = A("i", s)
    s[:] = A("i", [9] * 3)
    return r1, s


def delete_items():
    f = A("i", range(10))
    del f[0]
    del f[-1]
    del f[::2]
    del f[1:2]
    return f


def delete_out_of_range():
    f = A("i", range(3))
    del f[5]


def delete_str():
    f = A("i", range(3))
    del f["x"]


show("self assign", self_assign)
show("shrink grow", shrink_grow)
show("delete", delete_items)
show("delete out of range", delete_out_of_range)
show("delete str", delete_str)
it = iter(A("i", [1, 2, 3]))
show("iterator", lambda: (type(it).__name__, type(it).__module__, next(it)))
show("iterator reduce", lambda: it.__reduce__())
show("iterator rest", lambda: list(it))
show("exhausted reduce", lambda: it.__reduce__())
it2 = iter(A("i", [1, 2, 3]))
it2.__setstate__(2)
show("setstate", lambda: list(it2))
it3 = iter(A("i", [1, 2, 3]))
it3.__setstate__(-5)
show("setstate negative", lambda: list(it3))
live = A("i", [1])
it4 = iter(live)
next(it4)
live.append(5)
show("live iteration", lambda: list(it4))
show("iterator not creatable", lambda: type(it)())
show("reversed sorted sum", lambda: (list(reversed(A("i", [1, 2]))), sorted(A("i", [3, 1, 2])),
                                     sum(A("d", [0.5, 0.25]))))
show("concat", lambda: A("i", [1]) + A("i", [2]))
show("concat other kind", lambda: A("i", [1]) + A("h", [2]))
show("concat list", lambda: A("i", [1]) + [2])
show("repeat", lambda: (A("i", [1, 2]) * 2, 2 * A("i", [1, 2]), A("i", [1]) * -1, A("i", [1]) * Index()))
show("repeat str", lambda: A("i", [1]) * "x")
show("repeat huge", lambda: A("i", [5]) * sys.maxsize)
d = A("i", [1])


def iadd():
    global d
    before = d
    d += A("i", [2])
    return d is before, d


def iadd_list():
    global d
    d += [3]


def iadd_other_kind():
    global d
    d += A("d", [3])


def imul():
    global d
    before = d
    d *= 2
    return d is before, d


def imul_zero():
    global d
    d *= 0
    return d


show("iadd", iadd)
show("iadd list", iadd_list)
show("iadd other kind", iadd_other_kind)
show("imul", imul)
show("imul zero", imul_zero)
show("eq", lambda: (A("i", [1, 2]) == A("i", [1, 2]), A("i", [1, 2]) == A("d", [1.0, 2.0]),
                    A("i", [1, 2]) == [1, 2], A("i") == A("i"), A("u", "a") == A("i", [97])))
show("order", lambda: (A("i", [1, 2]) < A("i", [1, 3]), A("i", [1, 2]) <= A("i", [1]),
                       A("i", [1]) > A("h", [0]), A("i", [1]) >= A("i", [1]), A("i", [1]) != A("i", [1])))
show("nan", lambda: A("d", [float("nan")]) == A("d", [float("nan")]))
show("lt NotImplemented", lambda: A("i", [3, 1, 2]).__lt__([1]))
show("bool", lambda: (bool(A("i")), bool(A("i", [0]))))
show("repr", lambda: (repr(A("d", [1.0, 1e100])), str(A("u", "x")), repr(A("f")), repr(A("u", "it's"))))
show("hash is None", lambda: A.__hash__)
