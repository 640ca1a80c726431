"""The command line: ``python -m snakevm [--dis|--compile|--trace] FILE [args] | -c CODE | -m MOD``.

Usage errors and bad input print one line to stderr and exit with CPython's
status (2 for a missing file, 1 for bad input); no host traceback escapes."""

import os
import sys

from snakevm.limits import Limits

USAGE = ("usage: python -m snakevm [--dis | --compile [-o OUT] | --trace] FILE [args] | -c CODE | -m MOD\n"
         "       python -m snakevm [--sandbox] [--max-instructions N] [--max-time SECONDS]\n"
         "                         [--max-memory SIZE] [--max-recursion N] [--max-output SIZE]\n"
         "                         FILE [args] | -c CODE | -m MOD\n"
         "(SIZE in bytes, or with a suffix K, M or G; see docs/sandbox.md)")

# The resource limit options: option -> (Limits field, parser of its value).
_LIMIT_OPTIONS = {
    "--max-instructions": ("instructions", "count"),
    "--max-time": ("time", "seconds"),
    "--max-memory": ("memory", "size"),
    "--max-recursion": ("recursion", "count"),
    "--max-output": ("output", "size"),
}
_SIZE_SUFFIXES = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


class _UsageError(Exception):
    """A bad command line: one line on stderr, status 2."""


def _parse_limit_value(option, kind, text):
    try:
        if kind == "seconds":
            value = float(text)
        elif kind == "size" and text[-1:].upper() in _SIZE_SUFFIXES:
            value = int(float(text[:-1]) * _SIZE_SUFFIXES[text[-1:].upper()])
        else:
            value = int(text)
    except ValueError:
        raise _UsageError("%s: expected %s, got %r" % (
            option, {"count": "a whole number", "seconds": "a number of seconds",
                     "size": "a size like 1000, 64K, 100M or 2G"}[kind], text))
    if not value > 0:
        raise _UsageError("%s: the limit must be positive, got %r" % (option, text))
    return value


def _take_run_options(argv):
    """Leading snakevm run options: (options dict, the rest of argv)."""
    limits = Limits()
    options = {"limits": limits, "trace": False, "sandbox": False}
    while argv:
        option, sep, inline = argv[0].partition("=")
        if option in _LIMIT_OPTIONS:
            if sep:
                text, argv = inline, argv[1:]
            elif len(argv) >= 2:
                text, argv = argv[1], argv[2:]
            else:
                raise _UsageError("argument expected for the %s option" % option)
            field, kind = _LIMIT_OPTIONS[option]
            setattr(limits, field, _parse_limit_value(option, kind, text))
        elif argv[0] == "--trace":
            options["trace"], argv = True, argv[1:]
        elif argv[0] == "--sandbox":
            options["sandbox"], argv = True, argv[1:]
        else:
            break
    return options, argv


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
    except _UsageError as e:
        sys.stderr.write("snakevm: %s\n%s\n" % (e, USAGE))
        return 2
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
    except BaseException as e:      # a snakevm bug: one line, the host traceback on request
        # (BaseException for valuecheck's HostValueReachedGuest, which nothing may convert)
        if not isinstance(e, Exception) and type(e).__name__ != "HostValueReachedGuest":
            raise
        if os.environ.get("SNAKEVM_TRACEBACK"):
            raise
        sys.stderr.write("snakevm: internal error: %s: %s (set SNAKEVM_TRACEBACK=1 for the "
                         "host traceback)\n" % (type(e).__name__, e))
        return 1


def _dispatch(argv):
    first = argv[0]
    if first == "--dis":
        return _dis(argv[1:])
    if first == "--compile":
        return _compile(argv[1:])
    options, argv = _take_run_options(argv)
    if not argv:
        raise _UsageError("a program is expected: FILE, -c CODE or -m MOD")
    limits, sandbox = options["limits"], options["sandbox"]
    first = argv[0]
    if first == "-c":
        if len(argv) < 2:
            sys.stderr.write("Argument expected for the -c option\n")
            return 2
        return _runner("run_command")(argv[1], ["-c"] + argv[2:], limits=limits,
                                      sandbox=sandbox)
    if first == "-m":
        if len(argv) < 2:
            sys.stderr.write("Argument expected for the -m option\n")
            return 2
        return _runner("run_module")(argv[1], argv[1:], limits=limits, sandbox=sandbox)
    path = argv[0]
    if not os.path.exists(path):
        return _cannot_open(path, FileNotFoundError(2, "No such file or directory"))
    if os.path.isdir(path):
        main_file = os.path.join(path, "__main__.py")
        if not os.path.isfile(main_file):
            sys.stderr.write("%s: can't find '__main__' module in %r\n" % (sys.executable, path))
            return 1
        path = main_file
    return _runner("run_path")(path, argv, trace=options["trace"], limits=limits,
                               sandbox=sandbox)


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
