# _string and string.Formatter: lazy formatteriterator/fieldnameiterator, parse errors when reached, nested fields, conversions, a Formatter subclass overriding every hook, Template.
import string, _string
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(_string) if not n.startswith("__")), _string.__doc__)
t(lambda: list(_string.formatter_parser("a{0}b{1:>{w}}c{x.y[z]!r:^10}{{}}d{}")))
t(lambda: type(_string.formatter_parser("a")).__name__)
t(lambda: iter(_string.formatter_parser("a")).__class__.__name__)
t(lambda: list(_string.formatter_parser("{")))
t(lambda: list(_string.formatter_parser("}")))
t(lambda: list(_string.formatter_parser("a{0!}")))
t(lambda: list(_string.formatter_parser("a{0!rr}")))
t(lambda: list(_string.formatter_parser("{0:")))
t(lambda: list(_string.formatter_parser("abc{")))
t(lambda: list(_string.formatter_parser("")))
t(lambda: list(_string.formatter_parser(b"a")))
t(lambda: list(_string.formatter_parser(1)))
it = _string.formatter_parser("x{0}y{")
t(lambda: next(it)); t(lambda: next(it)); t(lambda: next(it)); t(lambda: next(it))
t(lambda: (lambda r: (r[0], type(r[1]).__name__, list(r[1])))(_string.formatter_field_name_split("a.b[0][c].d")))
f, rest = _string.formatter_field_name_split("0.b[1]")
print(f, type(f), list(rest), type(rest).__name__)
t(lambda: list(_string.formatter_field_name_split("a[")[1]))
t(lambda: list(_string.formatter_field_name_split("a.")[1]))
t(lambda: list(_string.formatter_field_name_split("a]b")[1]))
t(lambda: list(_string.formatter_field_name_split("")[1]))
t(lambda: _string.formatter_field_name_split("[0]")[0])
t(lambda: _string.formatter_field_name_split(5))
t(lambda: _string.formatter_field_name_split())
t(lambda: _string.formatter_parser())
class S(str): pass
t(lambda: list(_string.formatter_parser(S("a{b}"))))
t(lambda: list(_string.formatter_parser("\U0001f600{é}")))
fmt = string.Formatter()
print(fmt.format("{0}-{1!r}-{name:>6}-{2[1]}-{obj.real}", 1, "x", [0, 9], name="nm", obj=3j))
print(fmt.format("{0:{w}.{p}f}|{0:{fill}^{w}}", 3.14159, w=9, p=2, fill="*"))
print(fmt.vformat("{a}{b}", (), {"a": 1, "b": 2}))
for bad in ["{0", "{0!x}", "{}{1}", "{1}{}", "{a.}", "{a[}", "{:{:{}}}", "}", "{!r}", "{0[}"]:
    t(lambda: fmt.format(bad, 1, 2, a=1))
class Upper(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return key.upper()
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        if spec == "stars":
            return "*" * len(str(value))
        return super().format_field(value, spec)
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise ValueError("unused: %s" % sorted(unused))
u = Upper()
print(u.format("{hello} {0!u} {x:stars} {1}", "abc", 2, x="xyz"))
t(lambda: u.format("{a}", a=1, b=2))
print(list(u.parse("a{b!r:c}d")))
t(lambda: string.Formatter().format("{0:{1}}", 1, "x"))
t(lambda: string.Formatter().format())
t(lambda: string.Formatter().format("{self}", self=1))
t(lambda: string.Formatter().format(format_string="x"))
print(string.Template("$a ${b} $$").substitute(a=1, b=2), string.Template("$a $c").safe_substitute(a=1))
t(lambda: string.Template("$a $").substitute(a=1))
print(string.capwords(" hello   world "), string.ascii_letters, string.punctuation)
print("{0!s:>5}{1:#x}{2:,}{3:%}".format("a", 255, 1234567, 0.5))
f = string.Formatter()
print(f.format("{0[a]}{0[b][1]}{1.imag}", {"a": 1, "b": "xy"}, 2j))
print(f.format("{:>{}}|{:{}{}}", "r", 4, 5, "*", ">3"))
t(lambda: f.format("{:{:{:{}}}}", 1, 2, 3, 4))
t(lambda: f.format("{0.missing}", 1))
t(lambda: f.format("{0[5]}", [1]))
t(lambda: f.format("{x}", y=1))
t(lambda: f.format("{3}", 1))
t(lambda: f.format("{!z}", 1))
t(lambda: f.format("{0:d}", "s"))
t(lambda: list(f.parse("{0}{1:{2}}x")))
t(lambda: f.get_field("0.real", (5,), {}))
t(lambda: f.get_field("k[0]", (), {"k": "abc"}))
t(lambda: f.convert_field(1, "q"))
print("{a[0]}{b!a}".format_map({"a": [9], "b": "é"}))
