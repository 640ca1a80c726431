# re: Pattern objects -- attributes, equality and hashing, copy/deepcopy/pickle, the re cache, groupindex proxy, _sre module.
import copy
import pickle
import re
import _sre


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<val>.*)", re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__, re.compile("x").groupindex)
print(p.groupindex == {"key": 1, "val": 2}, p.groupindex != {"key": 1}, dict(p.groupindex), list(p.groupindex.items()))
print(p == re.compile(r"(?P<key>\w+)\s*=\s*(?P<val>.*)", re.M), p == re.compile(p.pattern), p != re.compile(p.pattern),
      hash(p) == hash(re.compile(p.pattern, re.M)), len({re.compile("a"), re.compile("a"), re.compile("b")}))
print(re.compile(p) is p, re.compile(p.pattern, re.M) is p, re.compile("a") == re.compile(b"a"), p == p.pattern)
print(copy.copy(p) is p, copy.deepcopy(p) is p, pickle.loads(pickle.dumps(p)) == p, copy.deepcopy([p])[0] is p)
print(type(p).__name__, type(p).__module__, type(p).__qualname__, isinstance(p, re.Pattern), re.Pattern[str], re.Pattern[bytes].__origin__)
print(re.Pattern.pattern.__doc__, re.Pattern.groupindex.__doc__, re.Pattern.match.__doc__, sep=" | ")
show(lambda: re.compile(r"x", re.I, 3))
show(lambda: re.compile(r"x", re.I) < re.compile("y"))
show(lambda: p.groupindex.__setitem__("x", 1))
show(lambda: setattr(p, "flags", 0))
show(lambda: setattr(p, "x", 0))
show(lambda: re.Pattern())
show(lambda: re.compile(r"x", flags=re.T))
show(lambda: type(p)("x"))
show(lambda: re.compile(p, re.I))
print(sorted(n for n in dir(p) if not n.startswith("_")))
print(sorted(n for n in dir(_sre) if not n.startswith("__")))
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT == 2 ** 32 - 1, _sre.MAXGROUPS > 1000, _sre.copyright[:12], _sre.getcodesize())
print(_sre.ascii_iscased(ord("a")), _sre.ascii_iscased(ord("1")), _sre.unicode_iscased(0x3a3), _sre.ascii_tolower(ord("Q")),
      _sre.unicode_tolower(ord("Σ")), _sre.unicode_tolower(0x130), _sre.ascii_tolower(0xc9))
show(lambda: _sre.ascii_tolower("a"))
show(lambda: _sre.template(p, ("x",)))
show(lambda: _sre.template(p, ["a", "b"]))
print(type(_sre.template(p, ["a", 1, "b"])).__name__, type(p.scanner("")).__name__, type(p.scanner("")).__module__)
sc = p.scanner("a = 1\nb=2\n")
print(sc.pattern is p, sc.match().groups(), sc.match(), sc.search(), p.scanner("x=1\n y=2").search().span())
print([m.group("key") for m in p.finditer("a=1\nbb = 2\n c=3", 2)], type(p.finditer("")).__name__)
print(p.findall("k=v\nq = w"), p.split("x\nk=v\ny", maxsplit=1), p.fullmatch("k = v").groupdict(), p.match(" k=v"))
cache_hits = [re.compile("z%d" % (i % 3)) for i in range(9)]
print(cache_hits[0] is cache_hits[3], cache_hits[1] is cache_hits[7], re.purge(), re.compile("z0") is cache_hits[0])
print(re.compile("z0") == cache_hits[0], re.sub("(?i)Z", "y", "zZ"), re.fullmatch("a|ab", "ab"), re.match("a|ab", "ab").group())
