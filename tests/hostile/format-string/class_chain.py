# category: format-string
# must: format-string attribute chains through __class__/__base__/__subclasses__ resolve to guest objects only
# oracle: cpython
tests = [
    ('{0.__class__}', ()),
    ('{0.__class__.__base__}', ()),
    ('{0.__class__.__mro__[1]}', ()),
    ('{0.__class__.__base__.__name__}', ''),
    ('{0.__class__.__base__.__subclasses__.__name__}', ()),
    ('{0.__class__.__base__.__subclasses__.__self__}', ()),
    ('{0.__class__.__bases__[0].__class__}', 1),
    ('{0.__class__.__base__.__base__}', True),
    ('{0.__class__.__mro__[2]}', True),
    ('{0.__class__.__mro__[9]}', ()),
    ('{0.__class__.__nope__}', ()),
    ('{0.__class__.__base__.__subclasses__[0]}', ()),
    ('{0.__class__.__base__.__subclasses__()}', ()),
    ('{0.__doc__.__class__}', 1),
    ('{0.__class__.__name__.__class__.__mro__}', ()),
]
for fmt, arg in tests:
    try:
        print("ok", fmt, fmt.format(arg))
    except Exception as e:
        print(fmt, type(e).__name__, e)
s = '{0.__class__.__base__.__subclasses__}'.format(())
print("method repr", s.startswith('<built-in method __subclasses__ of type object'))
s = '{0.__class__.__base__.__subclasses__.__call__}'.format(())
print("method-wrapper repr", s.startswith('<method-wrapper'))
print("type of result", type('{0.__class__}'.format(1)) is str)
