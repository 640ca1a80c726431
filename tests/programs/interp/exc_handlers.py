# except clauses: ordering, tuples of classes, base classes, custom hierarchies, except variable scoping.
class AppError(Exception):
    pass


class NetworkError(AppError):
    def __init__(self, host, code):
        super().__init__(f"{host} failed with {code}")
        self.host = host
        self.code = code


class TimeoutError_(NetworkError):
    pass


def risky(kind):
    if kind == "timeout":
        raise TimeoutError_("example.org", 504)
    if kind == "net":
        raise NetworkError("example.com", 500)
    if kind == "app":
        raise AppError("generic")
    if kind == "key":
        return {}["k"]
    if kind == "zero":
        return 1 // 0
    return "fine"


for kind in ["timeout", "net", "app", "key", "zero", "none"]:
    try:
        result = risky(kind)
    except TimeoutError_ as e:
        print(kind, "timeout handler", e.host, e.code)
    except NetworkError as e:
        print(kind, "network handler", e)
    except (AppError, KeyError) as e:
        print(kind, "tuple handler", type(e).__name__, e)
    except Exception as e:
        print(kind, "generic handler", type(e).__name__, e)
    else:
        print(kind, "no exception:", result)
print([c.__name__ for c in TimeoutError_.__mro__])
e = "not an exception yet"
try:
    raise ValueError("bound to e")
except ValueError as e:
    print("inside:", e)
print("e defined after handler:", "e" in globals())
handlers = (KeyError, IndexError)
try:
    [][0]
except handlers as err:
    print("dynamic tuple", type(err).__name__)
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as err:
    print("BaseException caught", type(err).__name__)
