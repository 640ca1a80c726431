"""The interactive prompt: CPython 3.12's basic REPL (PyRun_InteractiveLoop).

Each statement is read line by line (``sys.ps1``, then ``sys.ps2`` while it is
incomplete -- a compound statement ends with an empty line), compiled by
snakevm's compiler in "single" mode as ``<stdin>`` (so expression results go
through sys.displayhook, which sets ``_``) and run in __main__.  An uncaught
exception is reported through sys.excepthook and the prompt comes back;
SystemExit (``exit()``) and end of input (Ctrl-D) end it; Ctrl-C at the prompt
cancels the line being typed.

On a terminal, lines are read with the host's ``input()`` and its readline
module, when the host has one (line editing, history for the session); the
prompt goes where readline puts it.  Otherwise lines come from the guest's
sys.stdin (one buffer shared with the guest's own ``input()``) and prompts go to
standard error, like CPython's."""

import codeop
import signal
import sys as host_sys
import warnings

from snakevm import uncaught
from snakevm.compiler import compile_source
from snakevm.compiler.codegen_common import CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL
from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import MISSING
from snakevm.interpreter.runtime import run_code, compile_for_guest, guest_syntax_error
from snakevm.module import sys as sys_module
from snakevm.module.sys import guest_stream

HINT = 'Type "help", "copyright", "credits" or "license" for more information.'


def interact(w_main, config):
    """Read, evaluate and print in __main__ until end of input or SystemExit; the
    exit status.  ``config.run == "repl"`` is the prompt of its own (banner,
    $PYTHONSTARTUP); otherwise it follows a program run with -i."""
    d = sys_module.current_sys_module.w_dict
    for name, text in (("ps1", ">>> "), ("ps2", "... ")):
        if d.getitem_str(name) is MISSING:
            d.setitem_str(name, text)
    if config.run == "repl" and not config.quiet:
        host_sys.stderr.write("Python %s on %s\n%s\n" % (
            d.getitem_str("version"), d.getitem_str("platform"), HINT))
        host_sys.stderr.flush()
    _call_interactive_hook(d)
    if config.run == "repl" and config.startup_file:
        _run_startup_file(config.startup_file, w_main)
    reader = TerminalReader() if host_sys.stdin.isatty() else StreamReader()
    session = Session(w_main, config.optimize)
    while True:
        status = session.one_statement(reader)
        if status is not None:
            return status


class Session:
    """The state of one prompt: __main__ and the __future__ features seen so far."""

    def __init__(self, w_main, optimize):
        self.w_main = w_main
        self.optimize = optimize
        self.future_flags = 0

    def one_statement(self, reader):
        """Read and run one statement; the exit status when the prompt ends, else None."""
        lines = []
        while True:
            uncaught.flush_std_streams()
            try:
                line = reader.read(_prompt("ps2" if lines else "ps1"))
            except EOFError:
                host_sys.stderr.write("\n")
                host_sys.stderr.flush()
                return 0
            except KeyboardInterrupt:
                host_sys.stderr.write("\nKeyboardInterrupt\n")
                host_sys.stderr.flush()
                return None
            lines.append(line)
            if not is_incomplete("\n".join(lines)):
                break
        if not any(l.strip() and not l.lstrip().startswith("#") for l in lines):
            return None
        return self.run_source("\n".join(lines) + "\n")

    def run_source(self, source):
        try:
            try:
                code = compile_source(source, "<stdin>", "single", self.future_flags,
                                      self.optimize)
            except SyntaxError as e:
                if isinstance(e.text, str) and e.text.endswith("\n"):
                    e.text = e.text[:-1]          # the prompt's lines have no newline
                raise guest_syntax_error(e)
            except (ValueError, OverflowError) as e:     # null bytes and the like
                raise space.error(space.builtin_exception(type(e).__name__), str(e))
            self.future_flags |= code.co_flags & (CO_FUTURE_ANNOTATIONS |
                                                  CO_FUTURE_BARRY_AS_BDFL)
            run_code(code, self.w_main.w_dict)
        except OperationError as e:
            uncaught.flush_std_streams()
            if uncaught.is_system_exit(e.w_value):
                return uncaught.exit_status(e.w_value)
            uncaught.handle_uncaught(e.w_value)
        return None


def is_incomplete(source):
    """Whether more lines are needed (the host's codeop answers with CPython's rules:
    ``source`` has no final newline, so a compound statement waits for an empty
    line; a syntax error is complete: compiling it reports the error)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return codeop.compile_command(source, "<stdin>", "single") is None
        except (SyntaxError, ValueError, OverflowError):
            return False


def _prompt(name):
    w_prompt = sys_module.current_sys_module.w_dict.getitem_str(name)
    if w_prompt is MISSING or w_prompt is None:
        return ""
    try:
        return space.str(w_prompt)
    except OperationError as e:
        uncaught.handle_uncaught(e.w_value)
        return ""


def _call_interactive_hook(d):
    w_hook = d.getitem_str("__interactivehook__")
    if w_hook is MISSING or w_hook is None:
        return
    try:
        space.call(w_hook, [])
    except OperationError as e:
        host_sys.stderr.write("Failed calling sys.__interactivehook__\n")
        uncaught.handle_uncaught(e.w_value)


def _run_startup_file(path, w_main):
    """$PYTHONSTARTUP runs in __main__ before the first prompt (errors reported)."""
    try:
        with open(path, "rb") as f:
            source = f.read()
    except OSError as e:
        host_sys.stderr.write("Could not open PYTHONSTARTUP\n%s: [Errno %d] %s: %r\n" % (
            type(e).__name__, e.errno, e.strerror, path))
        return
    try:
        run_code(compile_for_guest(source, path, "exec"), w_main.w_dict)
    except OperationError as e:
        uncaught.flush_std_streams()
        uncaught.handle_uncaught(e.w_value)


class TerminalReader:
    """Lines from a terminal through the host's input() (and readline, if any).
    Ctrl-C while typing raises KeyboardInterrupt here, whatever the guest's SIGINT
    handler is (that one applies while guest code runs)."""

    def __init__(self):
        try:
            import readline             # noqa: F401  (input() edits lines once it is loaded)
        except ImportError:
            pass

    def read(self, prompt):
        previous = signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            return input(prompt)
        finally:
            signal.signal(signal.SIGINT, previous)


class StreamReader:
    """Lines from the guest's sys.stdin; the prompt on standard error."""

    def read(self, prompt):
        host_sys.stderr.write(prompt)
        host_sys.stderr.flush()
        w_stdin = guest_stream("stdin")
        if w_stdin is None:
            raise EOFError
        try:
            line = space.call_method(w_stdin, "readline")
        except OperationError as e:
            uncaught.handle_uncaught(e.w_value)
            raise EOFError
        if not isinstance(line, str) or not line:
            raise EOFError
        return line[:-1] if line.endswith("\n") else line
