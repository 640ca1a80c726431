"""Running programs: ``python -m snakevm FILE|-c CODE``.

Compiles the source with snakevm's compiler (or loads a .pyc with snakevm's
marshal), sets up __main__, builtins and sys, runs the module code with the
interpreter, and reports an uncaught exception exactly as CPython 3.12 does
(traceback on stderr, exit status 1; SystemExit's code as the exit status)."""

import os
import sys as host_sys

from snakevm.objspace.root import OperationError


def _setup(argv):
    from snakevm.interpreter.runtime import interpreter
    from snakevm.module.builtins import make_builtins_module
    from snakevm.module.sys import make_sys_module
    from snakevm.objspace.space import space
    interpreter()
    w_builtins = make_builtins_module()
    w_sys = make_sys_module(argv)
    w_modules = w_sys.w_dict.getitem_str("modules")
    w_modules.storage["builtins"] = w_builtins
    w_modules.storage["sys"] = w_sys
    from snakevm.objspace.moduleobject import W_Module
    w_main = W_Module("__main__")
    w_main.w_dict.setitem_str("__builtins__", w_builtins)
    w_modules.storage["__main__"] = w_main
    host_sys.setrecursionlimit(max(host_sys.getrecursionlimit(), 12000))
    return w_main


def _report_syntax_error(e):
    import traceback
    host_sys.stderr.write("".join(traceback.format_exception_only(type(e), e)))
    return 1


def _run(code, w_main, filename=None):
    from snakevm.interpreter.runtime import run_code
    from snakevm.interpreter.traceback import print_exception
    from snakevm.objspace.space import space
    if filename is not None:
        w_main.w_dict.setitem_str("__file__", filename)
    try:
        run_code(code, w_main.w_dict)
    except OperationError as e:
        _flush()
        return _handle_uncaught(e.w_value)
    except RecursionError:
        _flush()
        host_sys.stderr.write("RecursionError: maximum recursion depth exceeded\n")
        return 1
    _flush()
    return 0


def _flush():
    from snakevm.objspace.space import space
    from snakevm.module.sys import guest_stream
    for name in ("stdout", "stderr"):
        w_stream = guest_stream(name)
        if w_stream is not None:
            try:
                space.call_method(w_stream, "flush")
            except OperationError:
                pass


def _handle_uncaught(w_exc):
    from snakevm.objspace.space import space
    from snakevm.interpreter.traceback import print_exception
    if space.type(w_exc).is_subtype(space.builtin_exception("SystemExit")):
        w_code = w_exc.args_w[0] if len(w_exc.args_w) == 1 else (
            None if not w_exc.args_w else space.newtuple(w_exc.args_w))
        if w_code is None:
            return 0
        if isinstance(w_code, int):
            return w_code & 0xFF if w_code >= 0 else w_code & 0xFF
        host_sys.stderr.write(space.str(w_code) + "\n")
        return 1
    print_exception(w_exc, host_sys.stderr)
    return 1


def _compile(source, filename):
    from snakevm.compiler import compile_source
    return compile_source(source, filename, "exec")


def run_path(path, argv, trace=False):
    if path.endswith(".pyc"):
        from snakevm import pyc
        try:
            code = pyc.read_pyc(path)
        except pyc.PycError as e:
            host_sys.stderr.write("snakevm: %s\n" % e)
            return 1
        filename = code.co_filename
    else:
        with open(path, "rb") as f:
            source = f.read()
        filename = path
        try:
            code = _compile(source, filename)
        except SyntaxError as e:
            return _report_syntax_error(e)
    w_main = _setup(argv)
    if trace:
        from snakevm.interpreter.trace import install_tracer
        install_tracer()
    return _run(code, w_main, filename)


def run_command(source, argv):
    try:
        code = _compile(source, "<string>")
    except SyntaxError as e:
        return _report_syntax_error(e)
    w_main = _setup(["-c"] + list(argv[1:]))
    return _run(code, w_main)


def run_module(name, argv):
    host_sys.stderr.write("snakevm: -m is not supported yet (no import system)\n")
    return 1
