# category: bridge-objects
# must: re pattern/match attributes are guest objects; bad group/span args raise like CPython
# oracle: cpython
import re
p = re.compile(r"(?P<a>a+)(b)?")
m = p.match("aab")
print("re", m.re is p, m.string, m.regs, m.pos, m.endpos, m.lastindex, m.lastgroup)
print("pattern", p.pattern, p.groups, p.groupindex, type(p.groupindex).__name__, p.flags)
for arg in [99, -1, "zz", None, 1.5, "a", 2, 0]:
    for meth in ["span", "group", "start", "end"]:
        try:
            print(meth, repr(arg), getattr(m, meth)(arg))
        except Exception as e:
            print(meth, repr(arg), type(e).__name__)
print("groups", m.groups(), m.groups("d"), m.groupdict(), m[0], m["a"])
try:
    m[5]
except Exception as e:
    print("getitem", type(e).__name__)
try:
    p.groupindex["x"] = 1
except Exception as e:
    print("groupindex write", type(e).__name__)
for bad in [lambda: p.match(5), lambda: p.match("a", "b"), lambda: p.sub(5, "a"), lambda: re.compile(p, re.I),
            lambda: re.compile("(", 0), lambda: p.split("a", maxsplit="x"), lambda: m.expand(r"\9"),
            lambda: p.scanner("aa").match().group(), lambda: type(m)(), lambda: type(p)()]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__)
for o in [p, m]:
    print(type(o).__name__, all(isinstance(type(getattr(o, a)).__name__, str) for a in dir(o)))
import copy
print("copy", copy.copy(m) is m, copy.deepcopy(p) is p)
