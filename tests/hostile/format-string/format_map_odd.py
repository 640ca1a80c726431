# category: format-string
# must: str.format_map with odd mappings and missing-key hooks raises guest exceptions only
# oracle: cpython
class Missing(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {b.__class__}'.format_map(Missing(a=1)))
class Weird:
    def __getitem__(self, key):
        if key == 'raise':
            raise RuntimeError('boom')
        if key == 'obj':
            return object
        return key * 2
print('{x} {obj.__name__} {yy}'.format_map(Weird()))
try:
    '{raise}'.format_map(Weird())
except RuntimeError as e:
    print("RuntimeError", e)
for m in [5, None, [], 'abc', {1: 2}, (1, 2)]:
    try:
        print("ok", repr('{a}'.format_map(m)))
    except Exception as e:
        print(type(m).__name__, type(e).__name__, e)
try:
    '{0}'.format_map({0: 'zero'})
except Exception as e:
    print("positional", type(e).__name__, e)
try:
    '{}'.format_map({})
except Exception as e:
    print("empty field", type(e).__name__, e)
print('{a[0]}'.format_map({'a': 'xyz'}))
print('{a[k]}'.format_map({'a': {'k': 'v'}}))
print('{a.real}'.format_map({'a': 5}))
class Deep(dict):
    def __missing__(self, key):
        return self
print('{x.keys.__name__}'.format_map(Deep()))
try:
    str.format_map('{a}')
except TypeError as e:
    print("TypeError", e)
try:
    str.format_map(5, {})
except TypeError as e:
    print("TypeError unbound", e)
class KE(dict):
    def __missing__(self, key):
        raise KeyError(key + '!')
try:
    '{q}'.format_map(KE())
except KeyError as e:
    print("KeyError", e)
