# time: struct sequences -- struct_time/os.stat_result/os.terminal_size/sys.version_info constructors, members, repr, reduce, messages.
import copy
import os
import pickle
import sys
import time

ST = time.struct_time


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("9 items", lambda: ST(range(9)))
show("10 items", lambda: ST(range(10)).tm_zone)
show("11 items", lambda: (ST(range(11)).tm_zone, ST(range(11)).tm_gmtoff))
show("too few", lambda: ST((1, 2, 3)))
show("too many", lambda: ST(range(12)))
show("dict", lambda: ST(range(9), {"tm_zone": "UTC", "tm_gmtoff": 0}).tm_zone)
show("dict extra keys", lambda: ST(range(9), {"tm_zone": "X", "other": 1}).tm_zone)
show("dict not dict", lambda: ST(range(9), [1]))
show("dict None", lambda: ST(range(9), None))
show("keywords", lambda: ST(sequence=range(9), dict={"tm_gmtoff": 7}).tm_gmtoff)
show("no arguments", lambda: ST())
show("three arguments", lambda: ST(range(9), {}, 3))
show("bad keyword", lambda: ST(x=1))
show("not a sequence", lambda: ST(5))
show("generator", lambda: ST(x * 2 for x in range(9)))
show("str", lambda: ST("abcdefghi").tm_mon)
show("counts", lambda: (ST.n_fields, ST.n_sequence_fields, ST.n_unnamed_fields))
show("match args", lambda: ST.__match_args__)
show("names", lambda: (ST.__name__, ST.__qualname__, ST.__module__, ST.__bases__))
show("member type", lambda: type(ST.tm_year).__name__)
show("member repr", lambda: repr(ST.tm_mday))
show("member docs", lambda: (ST.tm_year.__doc__, ST.tm_zone.__doc__, ST.tm_gmtoff.__doc__))
show("doc", lambda: ST.__doc__.splitlines()[0])
show("__new__ check", lambda: ST.__new__(tuple, range(9)))
show("__new__ qualname", lambda: ST.__new__.__qualname__)
s = ST(range(9))


def assign():
    s.tm_year = 5


def delete():
    del s.tm_mon


def new_attribute():
    s.foo = 1


show("assign", assign)
show("delete", delete)
show("new attribute", new_attribute)
show("wrong object", lambda: ST.tm_year.__get__(5))
show("tuple ops", lambda: (s[2:5], s + (1,), s * 1 == s, len(s), s.count(3), s.index(4)))
show("equality", lambda: (s == tuple(range(9)), hash(s) == hash(tuple(range(9))), isinstance(s, tuple)))
show("hidden ignored by ==", lambda: ST(range(11)) == ST(range(9)))
show("reduce", lambda: ST(range(11)).__reduce__())
show("pickle", lambda: pickle.loads(pickle.dumps(ST(list(range(9)) + ["Z", 60]))).tm_zone)
show("copy", lambda: copy.copy(ST(range(11))).tm_gmtoff)
show("deepcopy", lambda: copy.deepcopy(ST(range(9))))
match s:
    case ST(a, b, c):
        print("match", a, b, c)
# os.stat_result: 7 named, 3 unnamed integer times, 9 hidden fields
SR = os.stat_result
show("stat counts", lambda: (SR.n_fields, SR.n_sequence_fields, SR.n_unnamed_fields))
show("stat match args", lambda: SR.__match_args__)
r = SR(range(10))
show("stat repr", lambda: r)
show("stat len", lambda: (len(r), r[7:]))
show("stat float times default to int times", lambda: (r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns))
show("stat reduce", lambda: r.__reduce__())
show("stat 16 items", lambda: SR(range(16)).st_atime_ns)
show("stat too many", lambda: SR(range(20)))
show("terminal_size", lambda: os.terminal_size((80, 24)))
show("terminal_size fields", lambda: (os.terminal_size((80, 24)).columns, os.terminal_size((80, 24)).lines))
show("terminal_size short", lambda: os.terminal_size((80,)))
show("terminal_size long", lambda: os.terminal_size((80, 24, 1)))
VI = type(sys.version_info)
show("version_info", lambda: (sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 12)))
show("version_info create", lambda: VI((3, 12, 0, "final", 0)))
show("version_info counts", lambda: (VI.n_fields, VI.n_sequence_fields, VI.n_unnamed_fields))
show("version_info repr", lambda: repr(sys.version_info).split("(")[0])
del s, r   # (CPython 3.12.1 warns at exit when struct sequences outlive their types)
