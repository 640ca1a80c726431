"""snakevm's compiler: Python source -> CPython 3.12 code objects.

Pipeline (one module per pass, see docs/compiler.md):
``ast.parse`` -> ``astopt`` (constant folding) -> ``symtable`` (scopes) ->
``codegen`` (+ ``comprehensions``, ``patterns``; instruction sequences) ->
``flowgraph`` (basic blocks, optimisations, stack depth) -> ``assemble``
(bytecode, line and exception tables) -> ``snakevm.code.Code``.

Entry point: ``compile_source(source, filename, mode="exec", flags=0,
optimize=-1)``.  Errors are raised as the host's ``SyntaxError`` with
CPython's message and location.
"""

import ast
import sys

from snakevm.compiler import errors
from snakevm.compiler.astopt import fold_constants
from snakevm.compiler.codegen import Compiler
from snakevm.compiler.codegen_common import CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL
from snakevm.compiler.symtable import build_symtable

PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000

__all__ = ["compile_source"]


def _future_features(tree, filename):
    """Parse leading ``from __future__ import ...`` statements (CPython's future.c)."""
    features = 0
    location = None
    if not isinstance(tree, (ast.Module, ast.Interactive)):
        return features, location
    for i, s in enumerate(tree.body):
        if (i == 0 and isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)
                and isinstance(s.value.value, str)):
            continue
        if not (isinstance(s, ast.ImportFrom) and s.module == "__future__"):
            break
        for alias in s.names:
            name = alias.name
            if name == "annotations":
                features |= CO_FUTURE_ANNOTATIONS
            elif name == "barry_as_FLUFL":
                features |= CO_FUTURE_BARRY_AS_BDFL
            elif name in ("nested_scopes", "generators", "division", "absolute_import",
                          "with_statement", "print_function", "unicode_literals",
                          "generator_stop"):
                pass
            elif name == "braces":
                raise errors.syntax_error("not a chance", filename, s.lineno,
                                          s.col_offset + 1, s.lineno, -1)
            else:
                raise errors.syntax_error("future feature %s is not defined" % name,
                                          filename, s.lineno, s.col_offset + 1, s.lineno, -1)
        location = (s.lineno, s.col_offset)
    return features, location


def compile_source(source, filename, mode="exec", flags=0, optimize=-1):
    """Compile Python source (str or bytes) to a ``snakevm.code.Code`` (CPython 3.12 layout).

    mode is "exec", "eval" or "single"; flags are ``compile()``'s PyCF_* and
    CO_FUTURE_* flags; optimize -1 means 0 (the caller decides the run's level).
    Raises the host's SyntaxError (from the parser or from the compiler).
    """
    if optimize == -1:
        optimize = 0
    try:
        # (ast.parse, with the one future flag the parser reads: barry_as_FLUFL's <>)
        tree = compile(source, filename, mode,
                       ast.PyCF_ONLY_AST | (flags & (PyCF_TYPE_COMMENTS | CO_FUTURE_BARRY_AS_BDFL)),
                       dont_inherit=True)
    except RecursionError as e:
        if "ast construction" not in str(e):
            raise
        # the host's parser succeeded, but making its tree Python objects recursed too
        # deep: CPython compiles its C tree directly, and fails in the compiler
        raise RecursionError("maximum recursion depth exceeded during compilation") from None
    return compile_tree(tree, filename, mode, flags, optimize)


# The passes recurse over the AST (two or three host frames per nesting level);
# CPython's own limit is about 200 nested parentheses in the parser, but long
# operator chains (a + a + ... ) nest deeply.  Host-level Python-to-Python calls do
# not use the C stack on 3.11+, so a higher limit is safe.
COMPILE_RECURSION_LIMIT = 30000


def compile_tree(tree, filename, mode="exec", flags=0, optimize=0):
    """Compile an already parsed (stdlib ``ast``) tree; the tree is modified in place."""
    old_limit = sys.getrecursionlimit()
    if old_limit < COMPILE_RECURSION_LIMIT:
        sys.setrecursionlimit(COMPILE_RECURSION_LIMIT)
    try:
        return _compile_tree(tree, filename, mode, flags, optimize)
    except RecursionError:
        raise RecursionError("maximum recursion depth exceeded during compilation") from None
    finally:
        sys.setrecursionlimit(old_limit)


def _compile_tree(tree, filename, mode, flags, optimize):
    features, future_location = _future_features(tree, filename)
    features |= flags & (CO_FUTURE_ANNOTATIONS | CO_FUTURE_BARRY_AS_BDFL)
    tree = fold_constants(tree, optimize, bool(features & CO_FUTURE_ANNOTATIONS))
    table = build_symtable(tree, filename, features, bool(flags & PyCF_ALLOW_TOP_LEVEL_AWAIT))
    compiler = Compiler(filename, table, features, flags, optimize,
                        interactive=(mode == "single"))
    compiler.future_location = future_location
    return compiler.compile_module(tree, mode)
