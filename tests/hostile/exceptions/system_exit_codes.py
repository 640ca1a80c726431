# category: exceptions
# must: SystemExit/KeyboardInterrupt/GeneratorExit raised by hand with odd codes are caught and expose CPython's attributes
# oracle: cpython
import sys

codes = [(), (0,), (1,), (None,), ("msg",), (1, 2), (2**100,), (-1,), (True,), ([1],), (SystemExit(3),)]
for args in codes:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print("SystemExit", repr(args), "code", repr(e.code) if not isinstance(e.code, BaseException) else type(e.code).__name__, "args", len(e.args))
for args in [(), (5,), ("bye",), (None,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print("sys.exit", repr(args), repr(e.code))
try:
    sys.exit(1, 2)
except TypeError as e:
    print("sys.exit two args TypeError")
except SystemExit as e:
    print("sys.exit two args SystemExit", e.code)
e = SystemExit(4)
e.code = "changed"
print("code writable", e.code, e.args)
try:
    del e.code
    print("code deleted", repr(getattr(e, "code", "missing")))
except (AttributeError, TypeError) as ex:
    print("del code", type(ex).__name__)
try:
    raise KeyboardInterrupt("by hand")
except KeyboardInterrupt as k:
    print("KeyboardInterrupt", k.args, isinstance(k, Exception), isinstance(k, BaseException))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrongly caught as Exception")
except BaseException as b:
    print("escaped Exception handler", type(b).__name__)
try:
    raise GeneratorExit("ge")
except GeneratorExit as g:
    print("GeneratorExit", g.args)
def gen():
    try:
        yield
    except GeneratorExit:
        raise SystemExit("from gen")
it = gen()
next(it)
try:
    it.close()
except SystemExit as s:
    print("close -> SystemExit", s.code)
class MyExit(SystemExit):
    pass
try:
    raise MyExit(7)
except SystemExit as s:
    print("subclass", type(s).__name__, s.code)
import atexit
try:
    exit(9)
except SystemExit as s:
    print("exit builtin", s.code)
try:
    quit("q")
except SystemExit as s:
    print("quit builtin", s.code)
try:
    raise SystemExit
except SystemExit as s:
    print("class raise", s.code, s.args)
raise SystemExit(0)
