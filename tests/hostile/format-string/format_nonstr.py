# category: format-string
# must: format() and str.format with __format__ returning non-str, and object.__format__ misuse, raise TypeError like CPython
# oracle: cpython
class R:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return self.v
class StrSub(str):
    pass
for v in [5, None, b'x', ['a'], StrSub('sub'), 'plain', object()]:
    for name, thunk in [("format", lambda: format(R(v), 'x')),
                        ("str.format", lambda: '{:x}'.format(R(v))),
                        ("fstring", lambda: f'{R(v):x}')]:
        try:
            r = thunk()
            print("ok", name, type(v).__name__, repr(r), type(r).__name__)
        except TypeError as e:
            print(name, type(v).__name__, "TypeError", e)
for src in ["format(1, 5)", "format(1, None)", "format(object(), 'x')", "object.__format__(1, 'd')",
            "object.__format__(object(), '')[:8]", "format(1.5, 'q')", "format(1, ',_')", "format(1, '_,')",
            "format('x', 'd')", "format(1, '=^5s')", "format(2**64, 'c')", "format(-1, 'c')",
            "format(65, 'c')", "format(1+2j, '=5')", "format(1.0, '%%')", "format(True, 'd')",
            "format(None, '')", "format(None, 's')", "int.__format__('x', '')", "str.__format__(1, '')",
            "format(1, 'z')", "format(1.5, 'z.1f')", "format(-0.0, 'z.1f')", "format(10, '#_b')",
            "format(1, '\\x00>5')", "format(1, '\\U0010ffff^5')", "format(1, '.-1')", "format(1, '.0d')"]:
    try:
        print("ok", src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
