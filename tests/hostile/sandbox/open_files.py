# category: sandbox
# must: no host file can be opened for writing, and none outside the standard library for reading
# args: --sandbox
# expect-stdout: open passwd PermissionError
# expect-stdout: open write PermissionError
# expect-stdout: open append lib PermissionError
# expect-stdout: FileIO PermissionError
# expect-stdout: _io.FileIO PermissionError
# expect-stdout: open_code PermissionError
# expect-stdout: fd 3 PermissionError
# expect-stdout: fd 1 closefd PermissionError
# expect-stdout: opener PermissionError
# expect-stdout: bytes path PermissionError
# expect-stdout: pathlike PermissionError
# expect-stdout: read own stdlib ALLOWED str
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ALLOWED", type(r).__name__)
    except BaseException as e:
        print(label, type(e).__name__)

import io, _io, os
attempt("open passwd", lambda: open("/etc/passwd"))
attempt("open write", lambda: open("/tmp/snakevm-sandbox-test", "w"))
attempt("open append lib", lambda: open(os.__file__, "a"))
attempt("FileIO", lambda: io.FileIO("/etc/hostname"))
attempt("_io.FileIO", lambda: _io.FileIO("/etc/hostname", "r"))
attempt("open_code", lambda: io.open_code("/etc/passwd"))
attempt("fd 3", lambda: open(3))
attempt("fd 1 closefd", lambda: open(1, "w"))
attempt("opener", lambda: open("/etc/passwd", opener=lambda p, f: 0))
attempt("bytes path", lambda: open(b"/etc/passwd"))
attempt("pathlike", lambda: open(type("P", (), {"__fspath__": lambda s: "/etc/passwd"})()))
attempt("read own stdlib", lambda: open(os.__file__).read(1))
