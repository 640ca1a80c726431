"""Compile-time errors: host SyntaxError objects carrying CPython's fields.

The compiler reports every compile-time error as the host's ``SyntaxError``
with CPython's message, filename, line/column range and source text; callers
(the CLI, the guest ``compile()``) convert it to their own representation.

Like CPython (``PyErr_ProgramTextObject``), the ``text`` of an error found by
the compiler (not the parser) is read from the file named ``filename`` when it
exists, and is None otherwise (e.g. for ``"<string>"``).
"""


def program_text(filename, lineno):
    if not filename or lineno is None or lineno < 1:
        return None
    try:
        with open(filename, "rb") as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.decode("utf-8", "replace")
    except (OSError, ValueError, TypeError):
        return None
    return None


def syntax_error(msg, filename, lineno, offset, end_lineno=None, end_offset=None):
    """A SyntaxError as CPython's compiler raises it (end_offset=-1 means "none")."""
    text = program_text(filename, lineno)
    if end_lineno is None:
        end_lineno = lineno
    if end_offset is None:
        end_offset = offset
    elif end_offset == -1:
        end_offset = None
    return SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
