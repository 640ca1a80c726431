"""Guest traceback objects and the uncaught-exception report.

The report's text is produced with the host's ``traceback.StackSummary``
formatting (a host-side formatter fed with host strings and numbers taken from
snakevm's frames and code positions), so the layout, the source lines and the
``^^^`` markers are exactly CPython 3.12's."""

import os
import traceback as host_traceback

from snakevm import sandbox
from snakevm.objspace.root import W_Root
from snakevm.objspace.exceptions import W_BaseException
from snakevm.objspace.typedef import builtin_type, getset
from snakevm.objspace.space import space
from snakevm.linetable import decode_positions


# The frames of snakevm's application-level modules (snakevm/module/applevel/) stand
# for CPython's C code, which has no frames: they get no traceback entries.
APPLEVEL_PREFIX = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                               "module", "applevel", "")


def shows_in_tracebacks(code):
    return not code.co_filename.startswith(APPLEVEL_PREFIX)


class W_Traceback(W_Root):
    def __init__(self, frame, last_i, w_next):
        self.w_frame = frame
        self.last_i = last_i
        self.w_next = w_next
        frame.f_back_snapshot = frame.back
        frame.expose()

    @property
    def lineno(self):
        positions = decode_positions(self.w_frame.code)
        if 0 <= self.last_i < len(positions) and positions[self.last_i][0] is not None:
            return positions[self.last_i][0]
        return self.w_frame.code.co_firstlineno


w_traceback_type = builtin_type("traceback", instance_class=W_Traceback, acceptable_as_base=False)
getset(w_traceback_type, "tb_frame")(lambda tb: tb.w_frame)
getset(w_traceback_type, "tb_lineno")(lambda tb: tb.lineno)
getset(w_traceback_type, "tb_lasti")(lambda tb: tb.last_i * 2)


def _set_tb_next(w_tb, w_next):
    """tb_next accepts a traceback or None, and never one that would make a loop."""
    if w_next is not None and not isinstance(w_next, W_Traceback):
        raise space.type_error("expected traceback object, got '%s'" % space.type(w_next).name)
    w_cursor = w_next
    while w_cursor is not None:
        if w_cursor is w_tb:
            raise space.value_error("traceback loop detected")
        w_cursor = w_cursor.w_next
    w_tb.w_next = w_next


def _delete_tb_next(w_tb):
    """tb_next cannot be deleted."""
    raise space.type_error("can't delete tb_next attribute")


getset(w_traceback_type, "tb_next", setter=_set_tb_next, deleter=_delete_tb_next)(
    lambda tb: tb.w_next)


def _entries(w_tb):
    """Traceback entries, outermost first: (filename, lineno, name, positions)."""
    entries = []
    while w_tb is not None:
        code = w_tb.w_frame.code
        positions = decode_positions(code)
        pos = positions[w_tb.last_i] if 0 <= w_tb.last_i < len(positions) else (None,) * 4
        entries.append((code.co_filename, w_tb.lineno, code.co_name, pos))
        w_tb = w_tb.w_next
    return entries


def format_traceback_lines(w_tb):
    summaries = []
    for filename, lineno, name, (line, end_line, col, end_col) in _entries(w_tb):
        # the sandbox shows no line of a file its guest may not read (a crafted
        # co_filename would otherwise print a host file's lines)
        readable = sandbox.file_readable(filename)
        summaries.append(host_traceback.FrameSummary(
            filename, lineno, name, lookup_line=readable, line=None if readable else "",
            end_lineno=end_line,
            colno=col, end_colno=end_col))
    return host_traceback.StackSummary.from_list(summaries).format()


def exception_only(w_exc):
    """The last line(s): 'module.Type: message' plus notes."""
    w_type = space.type(w_exc)
    module = w_type.module_name()
    qualname = w_type.qualname
    if isinstance(module, str) and module not in ("__main__", "builtins"):
        qualname = module + "." + qualname
    if w_type.is_subtype(space.builtin_exception("SyntaxError")):
        return _syntax_error_lines(w_exc, qualname)
    try:
        message = space.str(w_exc)
    except Exception:
        message = "<exception str() failed>"
    from snakevm.interpreter.suggestions import suggestion_suffix
    message += suggestion_suffix(w_exc)
    lines = [qualname + ("" if not message else ": " + message) + "\n"]
    w_notes = w_exc.w_dict.getitem_str("__notes__") if w_exc.w_dict is not None else None
    from snakevm.objspace.typeobject import MISSING
    if w_notes is not None and w_notes is not MISSING:
        for w_note in space.unpack_iterable(w_notes):
            lines.append((w_note if isinstance(w_note, str) else space.repr(w_note)) + "\n")
    return lines


def _syntax_error_lines(w_exc, qualname):
    def attr(name):
        return space.getattr(w_exc, name, None)
    filename, lineno, text = attr("filename"), attr("lineno"), attr("text")
    offset, end_offset, msg = attr("offset"), attr("end_offset"), attr("msg")
    host_exc = SyntaxError(msg, (filename, lineno, offset, text, attr("end_lineno"), end_offset))
    lines = list(host_traceback.TracebackException(SyntaxError, host_exc, None)
                 .format_exception_only())
    if qualname != "SyntaxError" and lines:
        lines[-1] = lines[-1].replace("SyntaxError", qualname, 1)
    return lines


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"
MAX_GROUP_WIDTH = 15
MAX_GROUP_DEPTH = 10


class _PrintContext:
    """Indentation state while printing nested exception groups (the boxed
    '+-+---- 1 ----' layout of CPython's traceback module)."""

    def __init__(self):
        self.group_depth = 0
        self.need_close = False

    def indent(self):
        return " " * (2 * self.group_depth)

    def emit(self, texts, margin_char="|"):
        prefix = self.indent()
        if self.group_depth:
            prefix += margin_char + " "
        if isinstance(texts, str):
            texts = [texts]
        return [prefix.join([""] + text.splitlines(True)) if prefix else text for text in texts]


def _chain(w_exc, seen):
    """[(message, exception)] from the innermost cause/context out to w_exc."""
    chain = []
    while w_exc is not None:
        seen.add(id(w_exc))
        w_cause = getattr(w_exc, "w_cause", None)
        w_context = getattr(w_exc, "w_context", None)
        if w_cause is not None and id(w_cause) not in seen:
            chain.append((_CAUSE, w_exc))
            w_exc = w_cause
        elif w_context is not None and not w_exc.suppress_context and id(w_context) not in seen:
            chain.append((_CONTEXT, w_exc))
            w_exc = w_context
        else:
            chain.append((None, w_exc))
            w_exc = None
    chain.reverse()
    return chain


def _group_members(w_exc):
    if not space.type(w_exc).is_subtype(space.builtin_exception("BaseExceptionGroup")):
        return None
    return list(w_exc.w_exceptions.items_w)


def _format(w_top, ctx, seen):
    lines = []
    for message, w_exc in _chain(w_top, seen):
        if message is not None:
            lines += ctx.emit(message)
        if not isinstance(w_exc, W_BaseException):
            # `raise E from C` where calling C returned a non-exception
            lines += ctx.emit("TypeError: print_exception(): Exception expected for value, "
                              "%s found\n" % space.type(w_exc).name)
            continue
        members = _group_members(w_exc)
        if members is None:
            if w_exc.w_traceback is not None:
                lines += ctx.emit("Traceback (most recent call last):\n")
                lines += ctx.emit(format_traceback_lines(w_exc.w_traceback))
            lines += ctx.emit(exception_only(w_exc))
        elif ctx.group_depth > MAX_GROUP_DEPTH:
            lines += ctx.emit("... (max_group_depth is %d)\n" % MAX_GROUP_DEPTH)
        else:
            toplevel = ctx.group_depth == 0
            if toplevel:
                ctx.group_depth += 1
            if w_exc.w_traceback is not None:
                lines += ctx.emit("Exception Group Traceback (most recent call last):\n",
                                  margin_char="+" if toplevel else "|")
                lines += ctx.emit(format_traceback_lines(w_exc.w_traceback))
            lines += ctx.emit(exception_only(w_exc))
            count = len(members)
            shown = count if count <= MAX_GROUP_WIDTH else MAX_GROUP_WIDTH + 1
            ctx.need_close = False
            for i in range(shown):
                last = i == shown - 1
                if last:
                    ctx.need_close = True
                truncated = i >= MAX_GROUP_WIDTH
                title = "..." if truncated else str(i + 1)
                lines.append(ctx.indent() + ("+-" if i == 0 else "  ") +
                             "+---------------- %s ----------------\n" % title)
                ctx.group_depth += 1
                if not truncated:
                    lines += _format(members[i], ctx, seen)
                else:
                    remaining = count - MAX_GROUP_WIDTH
                    lines += ctx.emit("and %d more exception%s\n"
                                      % (remaining, "s" if remaining > 1 else ""))
                if last and ctx.need_close:
                    lines.append(ctx.indent() + "+------------------------------------\n")
                    ctx.need_close = False
                ctx.group_depth -= 1
            if toplevel:
                ctx.group_depth = 0
    return lines


def format_exception(w_exc):
    """All lines CPython prints for an uncaught exception, chained ones first."""
    return _format(w_exc, _PrintContext(), set())


def print_exception(w_exc, host_stream):
    host_stream.write("".join(format_exception(w_exc)))
    host_stream.flush()
