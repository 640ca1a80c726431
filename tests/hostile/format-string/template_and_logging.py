# category: format-string
# must: string.Template and logging format styles never evaluate attribute chains and fail with guest errors
# oracle: cpython
import string, logging
T = string.Template
for s, kw in [('$a.__class__', {'a': 1}), ('${a.__class__}', {'a': 1}), ('$__class__', {}),
              ('${__globals__}', {}), ('$$a $a', {'a': 'x'}), ('$', {}), ('${a', {'a': 1}),
              ('$1', {}), ('${a}b', {'a': [1]})]:
    try:
        print("ok sub", repr(s), repr(T(s).substitute(kw)))
    except Exception as e:
        print("sub", repr(s), type(e).__name__, e)
    print("safe", repr(s), repr(T(s).safe_substitute(kw)))
class Evil(T):
    idpattern = r'[a-z_.]+'
try:
    print(Evil('$a.real').substitute({'a.real': 'literal'}))
except Exception as e:
    print("Evil", type(e).__name__)
print(T('$x').get_identifiers(), T('$x').is_valid(), T('$').is_valid())
for fmt, style in [('%(name)s', '%'), ('{name.__class__}', '{'), ('{name.__class__.__base__.__subclasses__.__name__}', '{'),
                   ('$name', '$'), ('%(nope)s', '%'), ('{nope}', '{'), ('%(name)d', '%'), ('{0}', '{'), ('x', '?')]:
    try:
        f = logging.Formatter(fmt, style=style)
        r = logging.LogRecord('nm', logging.INFO, 'p', 1, 'msg', None, None)
        print("ok log", fmt, repr(f.format(r)))
    except Exception as e:
        print("log", fmt, type(e).__name__, e)
