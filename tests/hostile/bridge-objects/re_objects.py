# category: bridge-objects
# must: re pattern/match/scanner objects expose only ordinary guest values (.re, .string, .regs, .pattern)
# oracle: cpython
import re, copy, pickle

def ordinary(x):
    t = type(x)
    try:
        repr(x)
    except Exception:
        return False
    return isinstance(t.__module__, str) and (type(t) is type or issubclass(type(t), type))

def walk(obj):
    bad = []
    for n in dir(obj):
        try:
            v = getattr(obj, n)
        except Exception:
            continue
        if not ordinary(v):
            bad.append(n)
    return bad

p = re.compile(r"(?P<a>\w+)-(\d+)?")
m = p.search("xx foo-12 yy")
print("pattern", type(p).__name__, walk(p), p.groups, p.groupindex, p.flags)
print("groupindex readonly", type(p.groupindex).__name__)
try:
    p.groupindex["z"] = 1
except TypeError:
    print("groupindex TypeError")
print("match", type(m).__name__, walk(m))
print("re is p", m.re is p, m.string, m.regs, m.pos, m.endpos, m.lastindex, m.lastgroup)
print("groups", m.groups(), m.group(0, 1, "a"), m.span(2), m[1], m.groupdict())
m2 = p.match("ab-")
print("unmatched", m2.regs, m2.span(2), m2.group(2), m2.groups("d"))
for bad in [3, -1, "zz", 10**20, None, 1.0]:
    try:
        m.group(bad)
        print("group accepted", repr(bad))
    except (IndexError, TypeError) as e:
        print("group", repr(bad), type(e).__name__)
s = p.scanner("a-1 b-2")
print("scanner", type(s).__name__, s.pattern is p, s.match().group(), s.search().group(), s.search())
print("copy", copy.copy(p) is p, copy.deepcopy(m) is m, copy.copy(m) is m)
print("pickle pattern", pickle.loads(pickle.dumps(p)) == p)
try:
    pickle.dumps(m)
except TypeError:
    print("pickle match TypeError")
try:
    print("reduce", p.__reduce__()[1][0] == p.pattern)
except TypeError as e:
    print("reduce", type(e).__name__)
for attr in ("string", "re", "pos", "regs"):
    try:
        setattr(m, attr, 1)
    except AttributeError:
        print("readonly", attr)
try:
    type(m)()
except TypeError:
    print("Match() TypeError")
try:
    type(p)()
except TypeError:
    print("Pattern() TypeError")
bm = re.search(b"(b)", bytearray(b"abc"))
print("bytes match string type", type(bm.string).__name__, bm.group(1))
print("expand", m.expand(r"\g<a>/\2"))
try:
    m.expand(r"\9")
except re.error as e:
    print("expand error", type(e).__name__)
print("class getitem", re.Match[str], re.Pattern[bytes])
