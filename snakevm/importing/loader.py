"""Getting the code object of a source module: CPython's own cached bytecode
(__pycache__/<name>.cpython-312.pyc, read with snakevm's marshal) when its
header matches the source's mtime and size, else snakevm's compiler.  Code
objects are also cached in memory for the life of the VM.  Nothing is
written to disk (snakevm does not touch the host's __pycache__)."""

import os

from snakevm import config as run_config
from snakevm import pyc

_CACHE = {}


def cached_pyc_path(source_path, optimize=None):
    """CPython's cache file for a source (``.opt-N`` at optimization level N; None:
    the running VM's level, as for importlib.util.cache_from_source)."""
    directory, filename = os.path.split(source_path)
    stem = filename[:-3] if filename.endswith(".py") else filename
    level = _optimize_level(source_path) if optimize is None else optimize
    tag = ".opt-%d" % level if level else ""
    return os.path.join(directory, "__pycache__", "%s.cpython-312%s.pyc" % (stem, tag))


def _optimize_level(source_path):
    """-O/-OO apply to the program and Lib, not to snakevm's own guest-level modules
    (as they do not apply to CPython's C and frozen modules)."""
    if os.path.dirname(source_path) == _APPLEVEL_DIR:
        return 0
    return run_config.current.optimize


def _valid_pyc(source_path, stat, optimize):
    path = cached_pyc_path(source_path, optimize)
    try:
        with open(path, "rb") as f:
            data = f.read()
        header = pyc.read_header(data, path)
    except (OSError, pyc.PycError):
        return None
    if header.flags & pyc.FLAG_HASH_BASED:
        if header.flags & pyc.FLAG_CHECK_SOURCE:
            return None            # would need the source hash; let the compiler do it
    elif header.mtime != int(stat.st_mtime) & 0xFFFFFFFF or \
            header.source_size != stat.st_size & 0xFFFFFFFF:
        return None
    try:
        return pyc.code_from_pyc_bytes(data, path)
    except pyc.PycError:
        return None


def source_code(source_path):
    """The code object for a .py file (SyntaxError propagates as a host SyntaxError)."""
    stat = os.stat(source_path)
    optimize = _optimize_level(source_path)
    key = (source_path, stat.st_mtime_ns, stat.st_size, optimize)
    code = _CACHE.get(key)
    if code is None:
        code = _valid_pyc(source_path, stat, optimize)
        if code is not None and code.co_filename != source_path:
            code = None                    # compiled under another path: filenames would differ
        if code is None:
            with open(source_path, "rb") as f:
                source = f.read()
            from snakevm.compiler import compile_source
            code = compile_source(source, source_path, "exec", optimize=optimize)
            if os.path.dirname(source_path) == _APPLEVEL_DIR:
                _write_own_pyc(code, source_path)
        _CACHE[key] = code
    return code


def code_named(source_path, filename):
    """The code of a source file with ``filename`` as its co_filename throughout: how
    the frozen modules are compiled (CPython's '<frozen importlib._bootstrap>')."""
    stat = os.stat(source_path)
    key = (source_path, filename, stat.st_mtime_ns, stat.st_size)
    code = _CACHE.get(key)
    if code is None:
        code = _valid_pyc(source_path, stat, 0)       # a fresh Code: safe to rename
        if code is not None:
            _rename(code, code.co_filename, filename)
        else:
            with open(source_path, "rb") as f:
                source = f.read()
            from snakevm.compiler import compile_source
            code = compile_source(source, filename, "exec", optimize=0)
        _CACHE[key] = code
    return code


def _rename(code, old, new):
    if code.co_filename == old:
        code.co_filename = new
    for const in code.co_consts:
        if hasattr(const, "co_filename"):
            _rename(const, old, new)


# snakevm's own guest-level modules (snakevm/module/applevel) get their bytecode cached
# like CPython caches Lib's; nothing is ever written next to the host's Lib.
_APPLEVEL_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                             "module", "applevel")


def _write_own_pyc(code, source_path):
    path = cached_pyc_path(source_path, 0)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = "%s.%d.tmp" % (path, os.getpid())
        pyc.write_pyc(code, temporary, source_path)
        os.replace(temporary, path)
    except OSError:
        pass
