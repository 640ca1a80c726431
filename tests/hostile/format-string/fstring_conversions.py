# category: format-string
# must: f-string conversions and format specs on hostile objects raise the same guest errors as CPython
# oracle: cpython
class BadRepr:
    def __repr__(self):
        return 7
class BadStr:
    def __str__(self):
        return None
class RaiseStr:
    def __str__(self):
        raise LookupError('str')
class NonAscii:
    def __repr__(self):
        return 'é\u2603\U0001f600'
class StrSub(str):
    def __format__(self, spec):
        return 'SUB'
class FmtNonStr:
    def __format__(self, spec):
        return spec.encode()
class FmtRecord:
    def __format__(self, spec):
        return '[' + spec + ']'
for name, thunk in [
    ("r badrepr", lambda: f'{BadRepr()!r}'),
    ("a badrepr", lambda: f'{BadRepr()!a}'),
    ("s badstr", lambda: f'{BadStr()!s}'),
    ("plain badstr", lambda: f'{BadStr()}'),
    ("s raisestr", lambda: f'{RaiseStr()!s}'),
    ("a nonascii", lambda: f'{NonAscii()!a}'),
    ("r nonascii", lambda: f'{NonAscii()!r}'),
    ("strsub", lambda: f'{StrSub("x")}'),
    ("strsub s", lambda: f'{StrSub("x")!s}'),
    ("fmt nonstr", lambda: f'{FmtNonStr():abc}'),
    ("fmt spec nested", lambda: f'{FmtRecord():{1+1}{"x"!r}}'),
    ("fmt spec obj", lambda: f'{FmtRecord():{BadRepr()!r}}'),
    ("int spec bad", lambda: f'{5:q}'),
    ("int spec str", lambda: f'{5:s}'),
    ("float spec d", lambda: f'{5.5:d}'),
    ("str spec =", lambda: f'{"x":=5}'),
    ("none spec", lambda: f'{None:>5}'),
    ("type spec", lambda: f'{int:>5}'),
    ("debug", lambda: f'{1+1=}'),
    ("debug fmt", lambda: f'{FmtRecord()=:zz}'),
    ("debug badrepr", lambda: f'{BadRepr()=}'),
    ("big width", lambda: f'{1:{10**20}}'),
    ("neg width", lambda: f'{1:{-5}}'),
]:
    try:
        print("ok", name, repr(thunk()))
    except Exception as e:
        print(name, type(e).__name__, e)
