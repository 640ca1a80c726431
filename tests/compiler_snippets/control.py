def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        if i > 8:
            break
        total += i
    else:
        total = -1
    j = 0
    while j < 3:
        j += 1
    else:
        total += 100
    while True:
        j += 1
        if j > 5:
            break
    return total, j
print(loops(20), loops(3))

def exc(x):
    try:
        if x == 0:
            raise ValueError("zero")
        elif x == 1:
            raise KeyError(x) from None
        return 1 / x
    except ValueError as e:
        return "VE %s" % e
    except (KeyError, TypeError):
        return "KE"
    else:
        return "else"
    finally:
        print("finally", x)
print(exc(0), exc(1), exc(2), exc("a") if False else "")

def fin():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return i
        finally:
            print("fin", i)
print(fin())

def nested_try():
    try:
        try:
            raise ValueError
        except ValueError:
            raise TypeError
    except TypeError as e:
        print("caught", type(e).__name__, type(e.__context__).__name__)
nested_try()

class CM:
    def __init__(self, name): self.name = name
    def __enter__(self): print("enter", self.name); return self
    def __exit__(self, *a): print("exit", self.name, a[0]); return self.name == "swallow"
with CM("a") as a, CM("b"):
    print("body", a.name)
with CM("swallow"):
    raise RuntimeError("gone")
def with_return():
    with CM("r"):
        return 5
print(with_return())

def eg():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("VE", e.exceptions)
    except* TypeError:
        print("TE")
try:
    eg()
except* KeyError as e:
    print("outer", e.exceptions)

assert True, "never"
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
