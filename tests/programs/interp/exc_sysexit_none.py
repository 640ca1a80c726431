# sys.exit() with no argument or None, and raise SystemExit(0): exit status 0; code after is not run.
import sys

for arg in [(), (None,), (0,), ("text",), ([1, 2],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e.code))


class Cleanup:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("cleanup saw", exc[0].__name__)
        return False


with Cleanup():
    print("about to exit")
    sys.exit()
print("unreachable")
