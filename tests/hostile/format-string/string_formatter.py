# category: format-string
# must: string.Formatter and _string helpers resolve chains to guest objects and reject malformed fields
# oracle: cpython
import string, _string
F = string.Formatter()
obj, first = F.get_field('0.__class__.__base__', ((),), {})
print("get_field", obj, first)
obj, first = F.get_field('x[0].__class__', (), {'x': 'ab'})
print("get_field kw", obj, first)
for field in ['0.', '0[', '', '0..x', 'a[0]b', '0.__nope__', '5']:
    try:
        print("ok", field, F.get_field(field, ('z',), {'a': 'q'}))
    except Exception as e:
        print(repr(field), type(e).__name__, e)
print(list(F.parse('a{0.x!r:>3}b{{c}}')))
for s in ['{', '}', '{0!', '{0:', '{0[}', 'x}y']:
    try:
        print("ok parse", repr(s), list(F.parse(s)))
    except Exception as e:
        print("parse", repr(s), type(e).__name__, e)
print(list(_string.formatter_parser('{a.b[c]}x')))
print(_string.formatter_field_name_split('a.b[0][x]')[0], list(_string.formatter_field_name_split('a.b[0][x]')[1]))
for bad in [5, None, b'x']:
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print("TypeError parser", type(bad).__name__)
    try:
        _string.formatter_field_name_split(bad)
    except TypeError as e:
        print("TypeError split", type(bad).__name__)
class Spy(string.Formatter):
    def get_value(self, key, args, kwargs):
        return object
    def convert_field(self, value, conversion):
        return value.__name__ if conversion == 'n' else super().convert_field(value, conversion)
print(Spy().format('{x!n} {y.__mro__}'))
class NonStr(string.Formatter):
    def format_field(self, value, spec):
        return 42
try:
    print(NonStr().format('{0}', 1))
except Exception as e:
    print("NonStr", type(e).__name__)
try:
    F.format('{0!q}', 1)
except ValueError as e:
    print("ValueError", e)
try:
    F.format('{0:{1:{2:{3}}}}', 1, 2, 3, 4)
except ValueError as e:
    print("ValueError", e)
try:
    F.format()
except TypeError as e:
    print("TypeError no format string")
print(F.vformat('{a}', (), {'a': 1}))
