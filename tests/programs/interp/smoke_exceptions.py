# Smoke test: try/except/else/finally, raising and catching builtin and custom exceptions.
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e)
try:
    [][0]
except IndexError:
    print("index error")
else:
    print("not here")
finally:
    print("finally 1")
try:
    x = int("5")
except ValueError:
    print("not here")
else:
    print("else ran", x)


class MyError(Exception):
    pass


def fail():
    raise MyError("custom")


try:
    fail()
except MyError as e:
    print("custom caught:", e)
try:
    {}["missing"]
except KeyError as e:
    print("key error", e)
try:
    undefined_variable
except NameError as e:
    print(e)
try:
    raise ValueError("with message")
except (TypeError, ValueError) as e:
    print("tuple handler", repr(e))
print("end")
