# category: sandbox
# must: host-reaching native modules cannot be imported, by any route
# args: --sandbox
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ALLOWED", type(r).__name__)
    except BaseException as e:
        print(label, type(e).__name__)

import importlib, sys
for name in ("_socket", "socket", "select", "selectors", "subprocess", "_posixsubprocess", "fcntl",
             "termios", "resource", "pwd", "grp", "faulthandler", "_testcapi", "_testinternalcapi",
             "ctypes", "mmap", "asyncio"):
    attempt(name, lambda: importlib.import_module(name))
attempt("__import__", lambda: __import__("_socket"))
attempt("_imp.create_builtin", lambda: __import__("_imp").create_builtin(type("S", (), {"name": "_socket"})()))
attempt("sys.modules still clean", lambda: sys.modules["_socket"])
