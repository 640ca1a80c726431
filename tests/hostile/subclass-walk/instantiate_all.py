# category: subclass-walk
# must: calling every class found by a subclass walk with no or odd arguments only raises guest exceptions
# expect-stdout: tried True
# expect-stdout: all guest exceptions True
# expect-stdout: results typed True
# expect-stdout: done
import os, io, warnings
skip = {'_wrap_close', 'Popen', 'Quitter', '_Printer', '_Helper'}
subs = [c for c in object.__subclasses__() if c.__name__ not in skip]
tried = 0
nonguest = 0
results = []
for c in subs:
    for args in [(), (None,), (1, 2, 3), ('x',)]:
        tried += 1
        try:
            r = c(*args)
            results.append(r)
        except BaseException as e:
            if not isinstance(e, BaseException) or type(e).__mro__[-1] is not object:
                nonguest += 1
print("tried", tried > 50)
print("all guest exceptions", nonguest == 0)
print("results typed", all([isinstance(type(r), type) for r in results]))
del results
print("done")
