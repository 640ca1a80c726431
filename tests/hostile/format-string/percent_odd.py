# category: format-string
# must: %-formatting with odd objects, bad conversions and hostile __str__/__repr__/__index__ raises guest errors only
# oracle: cpython
class BadStr:
    def __str__(self):
        return 5
    def __repr__(self):
        return b'x'
class RaiseRepr:
    def __repr__(self):
        raise ZeroDivisionError('repr')
class Idx:
    def __index__(self):
        return 65
class BadIdx:
    def __index__(self):
        return 'x'
class StrSub(str):
    pass
class S2:
    def __str__(self):
        return StrSub('sub')
cases = [
    ("'%s' % BadStr()", None), ("'%r' % BadStr()", None), ("'%a' % BadStr()", None),
    ("'%r' % RaiseRepr()", None), ("'%d' % '1'", None), ("'%c' % 2**30", None),
    ("'%c' % -1", None), ("'%c' % 'ab'", None), ("'%c' % Idx()", None), ("'%x' % Idx()", None),
    ("'%x' % BadIdx()", None), ("'%d' % BadIdx()", None), ("'%(a)s' % [1]", None),
    ("'%(a)s' % {'a': 1}", None), ("'%(a)s %s' % {'a': 1}", None), ("'%*d' % ('x', 1)", None),
    ("'%' % ()", None), ("'%s %s' % (1,)", None), ("'%s' % (1, 2)", None), ("'%.*f' % (2, 3.14159)", None),
    ("'%x' % 1.5", None), ("'%i' % 3.9", None), ("'%e' % 'x'", None), ("'%z' % 1", None),
    ("'%s' % S2()", None), ("'%(a' % {'a': 1}", None), ("'%s' % {}", None), ("'%s' % ()", None),
    ("'%-5s|' % 'ab'", None), ("'%05.1f' % -2.25", None), ("'%#o %#x %#X' % (8, 255, 255)", None),
    ("b'%s' % 'x'", None), ("b'%s' % b'x'", None), ("b'%c' % 256", None), ("b'%c' % b'ab'", None),
    ("b'%r' % 1", None), ("b'%a' % 'é'", None), ("'%s' % b'x'", None), ("'%d' % 10**30", None),
    ("'%.3s' % BadStr()", None), ("'%*s' % (10**20, 'x')", None), ("'%.*f' % (10**20, 1.0)", None),
]
for src, _ in cases:
    try:
        print("ok", src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
