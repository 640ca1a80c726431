# string: Formatter (parse, nested fields, conversions, a subclass), Template, _string helpers, constants.
import string, _string
f = string.Formatter()
print(f.format("{0}-{1!r}-{x:>5}-{y[0]}-{z.real}", "a", "b", x="c", y=[9], z=3j))
print(list(f.parse("a{0}b{x!r:>{w}}c{{")), _string.formatter_field_name_split("a.b[0]")[0], list(_string.formatter_field_name_split("a.b[0]")[1]))
print(f.format("{:{width}.{prec}f}", 3.14159, width=10, prec=2), f.vformat("{a}{b}", (), {"a": 1, "b": 2}))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
print(Upper().format("{} and {:x}", "abc", 255))
for bad in ("{", "{0!z}", "{a"):
    try:
        f.format(bad, a=1)
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
t = string.Template("$who likes ${what}")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.ascii_letters[:5], string.digits, string.punctuation[:5], string.capwords("hello  world"))
