"""--trace: print every executed instruction with its line and the value stack."""

import sys as host_sys

from snakevm import opcodes
from snakevm.linetable import line_at
from snakevm.interpreter.inlinecache import Cache


def _short(w_value):
    from snakevm.objspace.space import space
    try:
        text = space.repr(w_value)
    except Exception:
        text = "<%s>" % type(w_value).__name__
    return text if len(text) <= 30 else text[:27] + "..."


def tracer(frame, index, op, oparg):
    info = opcodes.BY_NUMBER.get(op) or opcodes.SPECIALIZED_BY_NUMBER[op]
    if op == opcodes.CACHE:
        return
    line = line_at(frame.code, index)
    if isinstance(oparg, Cache):            # a specialized instruction: its inline cache
        oparg = oparg.oparg
    arg = "" if not info.has_arg else str(oparg)
    stack = ", ".join(_short(w) for w in frame.stack)
    host_sys.stderr.write("%-12s %4s %4d %-24s %-5s [%s]\n" % (
        frame.code.co_name[:12], line if line is not None else "-", index * 2, info.name, arg,
        stack))


def install_tracer():
    from snakevm.interpreter.runtime import interpreter
    interpreter().set_hook("trace", tracer)
