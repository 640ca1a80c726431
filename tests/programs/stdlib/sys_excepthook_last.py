# sys: an uncaught exception goes to the replaced sys.excepthook with sys.last_exc/last_type/last_value/last_traceback set first; displayhook and __excepthook__.
import sys

print(hasattr(sys, "last_exc"), hasattr(sys, "last_type"), hasattr(sys, "ps1"), hasattr(sys, "ps2"))
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__,
      sys.unraisablehook is sys.__unraisablehook__, sys.breakpointhook is sys.__breakpointhook__)
sys.displayhook(None)
sys.displayhook("shown")
import builtins
print(builtins._)
try:
    raise ValueError("caught")
except ValueError:
    sys.__excepthook__(*sys.exc_info())
sys.stderr.flush()
sys.__excepthook__(TypeError, TypeError("no traceback"), None)


def hook(exc_type, exc, tb):
    print("hook:", exc_type.__name__, exc, file=sys.stderr)
    print("last_type:", sys.last_type is exc_type, "last_value:", sys.last_value is exc,
          "last_exc:", sys.last_exc is exc, "last_traceback:", sys.last_traceback is tb)
    print("frames:", tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
    sys.__excepthook__(exc_type, exc, tb)


def fail():
    raise LookupError("not caught")


sys.excepthook = hook
fail()
