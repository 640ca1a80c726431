# sys: deterministic attributes, info struct sequences, hooks (displayhook, excepthook, unraisablehook), recursion limit.
import sys
print(sys.version_info[:2], sys.version_info.major, type(sys.version_info).__name__, sys.hexversion >= 0x030C0000)
print(sys.float_info.max, sys.float_info.dig, sys.int_info.bits_per_digit, sys.hash_info.width, sys.hash_info.modulus, sys.maxsize, sys.maxunicode)
print(sys.byteorder, sys.platform, sys.platlibdir, repr(sys.abiflags), sys.getdefaultencoding(), sys.flags.optimize, sys.flags.verbose, type(sys.flags).__name__)
print(sys.getrecursionlimit(), callable(sys.displayhook), sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
for bad in (lambda: type(sys.version_info)((1,)), lambda: type(sys.flags)(), lambda: sys.setrecursionlimit(0), lambda: sys._getframe(1000)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
sys.displayhook(42); print(__builtins__._ if hasattr(__builtins__, "_") else __builtins__["_"])
seen = []
sys.unraisablehook = lambda args: seen.append((args.exc_type.__name__, args.err_msg))
import atexit
print("math" in sys.stdlib_module_names, "sys" in sys.builtin_module_names, sys._getframe().f_code.co_name, sys.exception())
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.getswitchinterval(), sys.get_asyncgen_hooks(), sys.get_coroutine_origin_tracking_depth(), sys.gettrace(), sys.is_finalizing())
sys.excepthook = lambda t, v, tb: print("custom hook:", t.__name__, v, file=sys.stderr)
raise ValueError("reported by the custom excepthook")
