# Bare raise: re-raising the handled exception, nested handlers, and "No active exception to reraise".
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("outer caught", repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)


def nested_reraise():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise


try:
    nested_reraise()
except LookupError as e:
    print("after inner handler finished, raise re-raises", repr(e))


def helper_reraise():
    raise


def calls_helper():
    try:
        raise TypeError("in caller")
    except TypeError:
        helper_reraise()


try:
    calls_helper()
except TypeError as e:
    print("helper re-raised caller's exception", repr(e))


def after_handler():
    try:
        raise ValueError
    except ValueError:
        pass
    raise


try:
    after_handler()
except RuntimeError as e:
    print(type(e).__name__, e)


def reraise_in_finally():
    try:
        try:
            raise OSError("os")
        finally:
            print("in finally")
    except OSError:
        raise


try:
    reraise_in_finally()
except OSError as e:
    print("got", repr(e))
