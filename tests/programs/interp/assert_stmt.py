# assert: passing, failing with and without messages, message evaluated lazily, AssertionError args.
assert True
assert 1 == 1, "never shown"
calls = []


def msg():
    calls.append("msg")
    return "computed message"


assert 2 > 1, msg()
print("lazy message calls:", calls)
try:
    assert 1 > 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [] , msg()
except AssertionError as e:
    print(type(e).__name__, e, e.args, calls)
try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print(e.args)
try:
    assert 0, 42
except AssertionError as e:
    print(repr(e))


def check(n):
    assert isinstance(n, int), f"expected int, got {type(n).__name__}"
    return n * 2


for v in [3, "x"]:
    try:
        print(check(v))
    except AssertionError as e:
        print("caught", e)


class MyAssertionError(AssertionError):
    pass


try:
    raise MyAssertionError("sub")
except AssertionError as e:
    print(type(e).__name__, e)
print("final assert will fail")
assert calls == [], "calls was " + repr(calls)
