"""open(..., "rb", buffering=1) warns RuntimeWarning about line buffering, at the
line of the open() call (CPython's C io warns with stack level 1)."""
import warnings


def opener():
    open(__file__, "rb", buffering=1).close()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    opener()
    open(__file__, "rb", buffering=1).close()
print([(w.category.__name__, w.lineno, str(w.message)) for w in caught])
