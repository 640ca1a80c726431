# category: format-string
# must: format chains through __self__/__objclass__/__module__ of built-ins reach guest objects only
# oracle: cpython
import sys
cases = [('{0.__self__}', print), ('{0.__self__.__name__}', len), ('{0.__self__.__spec__.name}', len),
         ('{0.__objclass__}', str.join), ('{0.__objclass__.__mro__}', dict.get),
         ('{0.__self__.__class__}', [].append), ('{0.__module__}', print), ('{0.__qualname__}', dict.fromkeys),
         ('{0.__self__.__dict__[__name__]}', print), ('{0.__self__.__dict__[open].__name__}', print),
         ('{0.__self__.__dict__[__import__].__name__}', print), ('{0.__self__.__builtins__}', print),
         ('{0.__self__}', object.__init__), ('{0.__text_signature__}', len),
         ('{0.__self__.modules[sys].platform.__class__}', sys.exit), ('{0.__self__.__name__}', sys.exit),
         ('{0.__func__}', [].append), ('{0.__wrapped__}', print), ('{0.__closure__}', len),
         ('{0.__globals__}', len), ('{0.__code__}', len), ('{0[0]}', print), ('{0.__call__.__self__.__name__}', print)]
for fmt, arg in cases:
    try:
        print("ok", fmt, fmt.format(arg))
    except Exception as e:
        print(fmt, type(e).__name__, e)
