# category: sandbox
# must: every posix function that reaches the host raises PermissionError; the harmless ones work
# args: --sandbox
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ALLOWED", type(r).__name__)
    except BaseException as e:
        print(label, type(e).__name__)

import os, posix
for name in ("listdir", "stat", "lstat", "open", "read", "write", "close", "system", "fork", "kill",
             "execv", "_exit", "getcwd", "chdir", "mkdir", "remove", "rename", "symlink", "chmod",
             "putenv", "unsetenv", "umask", "scandir", "getuid", "getlogin", "uname", "dup2"):
    f = getattr(posix, name, None)
    if f is not None:
        attempt(name, lambda: f("x") if name not in ("fork", "getcwd", "getuid", "getlogin", "uname") else f())
attempt("urandom", lambda: os.urandom(4))
attempt("fspath", lambda: os.fspath("a"))
attempt("strerror", lambda: os.strerror(2))
print("environ empty", dict(os.environ) == {})
print("path join", os.path.join("a", "b"))
