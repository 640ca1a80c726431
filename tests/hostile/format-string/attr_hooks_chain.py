# category: format-string
# must: format-string chains through objects with hostile __getattr__/__getitem__ hooks raise guest errors only
# oracle: cpython
class Loop:
    def __getattr__(self, name):
        return self
    def __getitem__(self, key):
        return self
    def __format__(self, spec):
        return 'loop'
print('{0' + '.a' * 500 + '}'.format(Loop()))
print('{0' + '[k]' * 500 + '}'.format(Loop()))
class Raiser:
    def __getattr__(self, name):
        if name == 'stop':
            raise StopIteration
        if name == 'base':
            raise BaseException('base')
        if name == 'key':
            raise KeyError(name)
        raise AttributeError(name)
    def __getitem__(self, key):
        raise IndexError(key)
for f in ['{0.stop}', '{0.key}', '{0.zzz}', '{0[1]}', '{0[x]}', '{0.__class__.__name__}']:
    try:
        print("ok", f, f.format(Raiser()))
    except Exception as e:
        print(f, type(e).__name__, e)
try:
    '{0.base}'.format(Raiser())
except BaseException as e:
    print("BaseException", e)
class GA:
    def __getattribute__(self, name):
        return 'intercepted ' + name
print('{0.__class__} {0.__dict__} {0.__globals__}'.format(GA()))
class Idx:
    def __getitem__(self, key):
        return type(key).__name__ + ':' + repr(key)
print('{0[1]} {0[01]} {0[-1]} {0[x]} {0[1.5]} {0[]}'.format(Idx()) if False else 'skip')
for f in ['{0[1]}', '{0[01]}', '{0[-1]}', '{0[x]}', '{0[1.5]}', '{0[99999999999999999999999]}', '{0[]}']:
    try:
        print("ok", f, f.format(Idx()))
    except Exception as e:
        print(f, type(e).__name__, e)
class Rec:
    def __format__(self, spec):
        return format(self, spec)
try:
    format(Rec(), 'x')
except RecursionError:
    print("RecursionError")
