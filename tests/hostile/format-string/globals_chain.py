# category: format-string
# must: '{.__globals__}' style chains only reach the guest's own globals and builtins
# oracle: cpython
import os
SECRET = 'hunter2'
def f():
    pass
class K:
    def __init__(self):
        pass
print('{.__globals__[SECRET]}'.format(f))
print('{0.__globals__[__name__]}'.format(f))
print('{0.__init__.__globals__[SECRET]}'.format(K))
print('{0.__init__.__globals__[os].name}'.format(K()))
print('{0.__globals__[os].path.sep}'.format(f))
print('{0.__globals__[__builtins__].__name__}'.format(f))
print('{0.__globals__[__builtins__].len.__name__}'.format(f))
print('{0.__globals__[f].__globals__[SECRET]}'.format(f))
print('{0.__code__.co_name}'.format(f))
print('{0.__code__.co_consts}'.format(f))
for fmt in ['{0.__globals__[missing]}', '{0.__globals__[0]}', '{0.__globals__["SECRET"]}',
            '{0.__globals__[SECRET][99]}', '{0.__globals__[SECRET].upper()}',
            '{0.__closure__}', '{0.__defaults__}', '{0.__kwdefaults__}',
            '{0.__init__.__globals__}', '{0.__builtins__[len].__self__}']:
    try:
        r = fmt.format(f)
        print("ok", fmt, len(r) > 0)
    except Exception as e:
        print(fmt, type(e).__name__, e)
print('{0.__builtins__[len].__name__}'.format(f))
d = '{0.__globals__}'.format(f)
print("globals str", 'SECRET' in d and 'hunter2' in d)
