"""The command line: ``python -m snakevm [option] ... [-c cmd | -m mod | file | -] [arg] ...``.

CPython's options and snakevm's own are read by snakevm.config; this module
answers -h/-V, runs --dis/--compile, and hands everything else to the runner.
Usage errors and bad input print CPython's message and exit with CPython's
status (2 for a bad command line or a missing file, 1 for bad input); no host
traceback escapes."""

import os
import sys

from snakevm import config as run_config


class _Unavailable(Exception):
    """A part of snakevm this command needs is missing from the checkout."""


def _runner():
    """snakevm.runner, imported on first use: -h, -V and bad command lines answer
    without loading the VM."""
    try:
        from snakevm import runner
    except ImportError:
        raise _Unavailable("the interpreter is not available yet")
    return runner


def _cannot_open(path, error):
    sys.stderr.write("%s: can't open file %r: [Errno %d] %s\n" % (
        sys.executable, os.path.abspath(path), error.errno, error.strerror))
    return 2


def main(argv):
    try:
        config = run_config.parse_command_line(argv)
    except run_config.CommandLineError as e:
        sys.stderr.write("%s\n%s\n%s\n" % (e, run_config.USAGE_LINE, run_config.TRY_HELP))
        return 2
    config.orig_argv = [sys.executable, "-m", "snakevm"] + list(argv)
    try:
        return _dispatch(config)
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


def console_main():
    """The ``snakevm`` command an installed package provides (``python -m snakevm``)."""
    sys.exit(main(sys.argv[1:]))


def _dispatch(config):
    if config.action == "help":
        sys.stdout.write(run_config.HELP)
        return 0
    if config.action == "version":
        sys.stdout.write(run_config.version_text(config.version_verbosity) + "\n")
        return 0
    if config.action == "dis" and not config.dis_adaptive:
        return _dis(config.target)
    if config.action == "compile":
        return _compile(config.target, config.output)
    if config.action == "visualize":
        if not os.path.isfile(config.target):
            return _cannot_open(config.target, FileNotFoundError(2, "No such file or directory"))
        from snakevm.visualizer.run import visualize     # loads the VM (as _runner does)
        return visualize(config)
    if config.run == "file":
        path = config.target
        if not os.path.exists(path):
            return _cannot_open(path, FileNotFoundError(2, "No such file or directory"))
        if os.path.isdir(path):
            main_file = os.path.join(path, "__main__.py")
            if not os.path.isfile(main_file):
                sys.stderr.write("%s: can't find '__main__' module in %r\n"
                                 % (sys.executable, path))
                return 1
            config.target = main_file
    return _runner().run(config)


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


def _dis(path):
    code, status = _load_or_report(path)
    if code is None:
        return status
    from snakevm import dis
    sys.stdout.write(dis.disassemble_to_text(code))
    return 0


def _compile(path, out):
    code, status = _load_or_report(path)
    if code is None:
        return status
    from snakevm import pyc
    pyc.write_pyc(code, out or path + "c", source_path=path)
    return 0
