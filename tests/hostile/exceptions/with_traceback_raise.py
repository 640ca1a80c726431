# category: exceptions
# must: an exception given a non-traceback through with_traceback() cannot be raised with a corrupt tb_next chain
# oracle: cpython
import sys, traceback

for bogus in (5, "s", sys._getframe(), [None]):
    try:
        e = ValueError("x").with_traceback(bogus)
        print("with_traceback accepted", type(bogus).__name__)
    except TypeError as ex:
        print("with_traceback", type(bogus).__name__, "TypeError")
        continue
    try:
        raise e
    except ValueError as ex:
        tb = ex.__traceback__
        kinds = []
        while tb is not None and len(kinds) < 5:
            kinds.append(type(tb).__name__)
            tb = getattr(tb, "tb_next", None)
        print("chain", kinds)
        try:
            traceback.format_exception(ex)
            print("formatted")
        except Exception as z:
            print("format", type(z).__name__)
def helper():
    raise ValueError("uncaught").with_traceback(5)
helper()
