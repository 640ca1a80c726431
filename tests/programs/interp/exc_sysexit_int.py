# sys.exit with an integer code: status propagates, finally blocks run, SystemExit attributes.
import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("caught", type(e).__name__, e.code, e.args, isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise SystemExit
except SystemExit as e:
    print("no code:", e.code)
try:
    sys.exit(1, )
except SystemExit as e:
    print("code 1:", repr(e))
try:
    try:
        sys.exit(7)
    except Exception:
        print("not caught by except Exception")
except SystemExit as e:
    print("passed through Exception handler:", e.code)
try:
    print("exiting with 3")
finally:
    print("finally runs before exit")
    sys.stdout.flush()
    sys.exit(3)
