# category: descriptors
# must: __dict__ of built-in types is a read-only mappingproxy that no guest path can mutate
# oracle: cpython
d = int.__dict__
MP = type(d)
print(MP.__name__)
tries = [("setitem", lambda: d.__setitem__('x', 1)), ("subscript", lambda: d.update({'x': 1})),
         ("delitem", lambda: d.__delitem__('real')), ("pop", lambda: d.pop('real')),
         ("clear", lambda: d.clear()), ("dict.__setitem__", lambda: dict.__setitem__(d, 'x', 1)),
         ("dict.update", lambda: dict.update(d, x=1)), ("ior", lambda: d.__ior__({'x': 1})),
         ("setattr", lambda: setattr(d, 'x', 1)), ("mp of list", lambda: MP([1])), ("mp of None", lambda: MP(None)),
         ("mp of int", lambda: MP(5)), ("mp no args", lambda: MP())]
for name, t in tries:
    try:
        t()
        print("no error", name)
    except Exception as e:
        print(name, type(e).__name__)
try:
    d['x'] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del d['real']
except TypeError as e:
    print("TypeError", e)
print("still clean", 'x' not in int.__dict__, hasattr(5, 'real'))
c = d.copy()
c['x'] = 1
print("copy is dict", type(c).__name__, 'x' not in d)
print("or", type(d | {'y': 1}).__name__, 'y' not in d)
back = {}
m = MP(back)
back['k'] = 'v'
print("live view", m['k'], len(m), list(m))
print("mp of mp", MP(m)['k'])
print("keys", type(d.keys()).__name__, 'real' in d.keys())
print("repr start", repr(MP({'a': 1})))
print("eq", MP({'a': 1}) == {'a': 1}, hash(1) is not None)
try:
    hash(MP({}))
except TypeError as e:
    print("TypeError", e)
print("reversed", list(reversed(MP({'a': 1, 'b': 2}))))
print("get", d.get('nope', 'dflt'), type(d.get('real')).__name__)
for t in (str, list, object, type, BaseException):
    try:
        t.__dict__['evil'] = 1
    except TypeError:
        print("refused", t.__name__)
