"""The command line: ``python -m snakevm [--dis|--compile|--trace] FILE [args] | -c CODE | -m MOD``.

Usage errors and bad input print one line to stderr and exit with CPython's
status (2 for a missing file, 1 for bad input); no host traceback escapes."""

import os
import sys

USAGE = "usage: python -m snakevm [--dis | --compile [-o OUT] | --trace] FILE [args] | -c CODE | -m MOD"


class _Unavailable(Exception):
    """A part of snakevm this command needs is missing from the checkout."""


def _runner(name):
    """snakevm.runner's ``name`` (run_path, run_command, run_module), imported lazily."""
    try:
        from snakevm import runner
    except ImportError:
        raise _Unavailable("the interpreter is not available yet")
    return getattr(runner, name)


def _cannot_open(path, error):
    sys.stderr.write("%s: can't open file %r: [Errno %d] %s\n" % (
        sys.executable, os.path.abspath(path), error.errno, error.strerror))
    return 2


def main(argv):
    if not argv:
        sys.stderr.write(USAGE + "\n")
        return 2
    try:
        return _dispatch(argv)
    except KeyboardInterrupt:
        sys.stderr.write("KeyboardInterrupt\n")
        return 130
    except BrokenPipeError:
        return 1
    except _Unavailable as e:
        sys.stderr.write("snakevm: %s\n" % e)
        return 1
    except OSError as e:            # e.g. --compile -o into a missing directory
        sys.stderr.write("snakevm: %s\n" % e)
        return 1
    except Exception as e:          # a snakevm bug: one line, the host traceback on request
        if os.environ.get("SNAKEVM_TRACEBACK"):
            raise
        sys.stderr.write("snakevm: internal error: %s: %s (set SNAKEVM_TRACEBACK=1 for the "
                         "host traceback)\n" % (type(e).__name__, e))
        return 1


def _dispatch(argv):
    first = argv[0]
    if first == "-c":
        if len(argv) < 2:
            sys.stderr.write("Argument expected for the -c option\n")
            return 2
        return _runner("run_command")(argv[1], ["-c"] + argv[2:])
    if first == "-m":
        if len(argv) < 2:
            sys.stderr.write("Argument expected for the -m option\n")
            return 2
        return _runner("run_module")(argv[1], argv[1:])
    if first == "--dis":
        return _dis(argv[1:])
    if first == "--compile":
        return _compile(argv[1:])
    trace = first == "--trace"
    if trace:
        argv = argv[1:]
        if not argv:
            sys.stderr.write(USAGE + "\n")
            return 2
    path = argv[0]
    if not os.path.exists(path):
        return _cannot_open(path, FileNotFoundError(2, "No such file or directory"))
    if os.path.isdir(path):
        main_file = os.path.join(path, "__main__.py")
        if not os.path.isfile(main_file):
            sys.stderr.write("%s: can't find '__main__' module in %r\n" % (sys.executable, path))
            return 1
        path = main_file
    return _runner("run_path")(path, argv, trace=trace)


def _load_code(path):
    """A Code object from a .py (snakevm's compiler) or .pyc (snakevm's marshal)."""
    if path.endswith(".pyc"):
        from snakevm import pyc
        return pyc.read_pyc(path)
    try:
        from snakevm.compiler import compile_source
    except ImportError:
        raise _Unavailable("the compiler is not available")
    with open(path, "rb") as f:
        return compile_source(f.read(), path, "exec")


def _load_or_report(path):
    """(code, None) or (None, exit status) after printing one line for bad input."""
    if not os.path.exists(path):
        return None, _cannot_open(path, FileNotFoundError(2, "No such file or directory"))
    if os.path.isdir(path):
        sys.stderr.write("snakevm: %s: is a directory\n" % path)
        return None, 1
    try:
        return _load_code(path), None
    except SyntaxError as e:
        import traceback
        sys.stderr.write("".join(traceback.format_exception_only(type(e), e)))
        return None, 1
    except Exception as e:          # corrupt .pyc and friends: one line, no traceback
        sys.stderr.write("snakevm: %s\n" % e)
        return None, 1


def _dis(args):
    if len(args) != 1:
        sys.stderr.write(USAGE + "\n")
        return 2
    code, status = _load_or_report(args[0])
    if code is None:
        return status
    from snakevm import dis
    sys.stdout.write(dis.disassemble_to_text(code))
    return 0


def _compile(args):
    out = None
    if "-o" in args:
        i = args.index("-o")
        out = args[i + 1] if i + 1 < len(args) else None
        args = args[:i] + args[i + 2:]
    if len(args) != 1:
        sys.stderr.write(USAGE + "\n")
        return 2
    path = args[0]
    code, status = _load_or_report(path)
    if code is None:
        return status
    from snakevm import pyc
    pyc.write_pyc(code, out or path + "c", source_path=path)
    return 0
