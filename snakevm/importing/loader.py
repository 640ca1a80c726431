"""Getting the code object of a source module: CPython's own cached bytecode
(__pycache__/<name>.cpython-312.pyc, read with snakevm's marshal) when its
header matches the source's mtime and size, else snakevm's compiler.  Code
objects are also cached in memory for the life of the VM.  Nothing is
written to disk (snakevm does not touch the host's __pycache__)."""

import os

from snakevm import pyc

_CACHE = {}


def cached_pyc_path(source_path):
    directory, filename = os.path.split(source_path)
    stem = filename[:-3] if filename.endswith(".py") else filename
    return os.path.join(directory, "__pycache__", "%s.cpython-312.pyc" % stem)


def _valid_pyc(source_path, stat):
    path = cached_pyc_path(source_path)
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
    key = (source_path, stat.st_mtime_ns, stat.st_size)
    code = _CACHE.get(key)
    if code is None:
        code = _valid_pyc(source_path, stat)
        if code is not None and code.co_filename != source_path:
            code = None                    # compiled under another path: filenames would differ
        if code is None:
            with open(source_path, "rb") as f:
                source = f.read()
            from snakevm.compiler import compile_source
            code = compile_source(source, source_path, "exec")
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
        code = _valid_pyc(source_path, stat)          # a fresh Code: safe to rename
        if code is not None:
            _rename(code, code.co_filename, filename)
        else:
            with open(source_path, "rb") as f:
                source = f.read()
            from snakevm.compiler import compile_source
            code = compile_source(source, filename, "exec")
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
    path = cached_pyc_path(source_path)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = "%s.%d.tmp" % (path, os.getpid())
        pyc.write_pyc(code, temporary, source_path)
        os.replace(temporary, path)
    except OSError:
        pass
