"""Run CPython 3.12 test modules compiled by snakevm, compared with CPython-compiled runs.

Usage: PYENV_VERSION=3.12.1 python3.12 tests/conformance/cpython_tests.py [--jobs 2] [--extended]
       [-v] [names...]

For each test module, the source is copied into a temporary directory and each compiler
writes the module's cached ``__pycache__/test_X.cpython-312.pyc`` (every code object of
the module; timestamp-validated against the copied source, so the import system loads it
instead of recompiling, while tracebacks and doctests still see the source);
``unittest`` then runs each (module imported as ``test.test_X``), and the pass/fail/error/skip counts are
compared.
"""

import argparse
import importlib._bootstrap_external as bext
import multiprocessing
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
LIB = "/root/.pyenv/versions/3.12.1/lib/python3.12"
PYTHON = "/root/.pyenv/versions/3.12.1/bin/python3.12"

TESTS = ["test_grammar", "test_scope", "test_patma", "test_exceptions", "test_generators",
         "test_coroutines", "test_with", "test_fstring", "test_listcomps", "test_unpack_ex",
         "test_keywordonlyarg", "test_positional_only_arg", "test_named_expressions",
         "test_class", "test_decorators", "test_except_star", "test_syntax"]

# --extended: more modules that exercise the compiler hard (bytecode-level tests such as
# test_dis and test_peepholer compare against CPython's exact instruction sequences).
EXTENDED = ["test_type_params", "test_type_aliases", "test_dis", "test_compile",
            "test_peepholer", "test_typing", "test_functools", "test_contextlib",
            "test_contextlib_async", "test_asyncgen", "test_super", "test_opcodes",
            "test_string_literals", "test_traceback", "test_sys_settrace", "test_genexps",
            "test_setcomps", "test_dictcomps", "test_pep646_syntax", "test_enum", "test_re",
            "test_statistics", "test_builtin"]


def write_pyc(code, path, source_path):
    import marshal
    st = os.stat(source_path)
    data = bext._code_to_timestamp_pyc(code, st.st_mtime, st.st_size)
    with open(path, "wb") as f:
        f.write(data)


def compile_with(which, name, outdir):
    import shutil
    src_path = os.path.join(outdir, name + ".py")
    shutil.copy2(os.path.join(LIB, "test", name + ".py"), src_path)
    with open(src_path, "rb") as f:
        source = f.read()
    if which == "cpython":
        code = compile(source, src_path, "exec", dont_inherit=True)
    else:
        from snakevm.compiler import compile_source
        from snakevm.compiler.hostcode import to_host_code
        code = to_host_code(compile_source(source, src_path))
    os.makedirs(os.path.join(outdir, "__pycache__"), exist_ok=True)
    write_pyc(code, bext.cache_from_source(src_path), src_path)


# Import the module as test.<name> (its real name: doctests print it) from the copied
# source, whose __pycache__ holds the compiled module, then run it with unittest.
RUNNER = """
import importlib.util, sys, unittest
import test
name, path = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location("test." + name, path)
mod = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = mod
spec.loader.exec_module(mod)
assert mod.__cached__ and mod.__spec__.cached
unittest.main(module=mod, argv=[path])
"""


def run(name, outdir):
    env = dict(os.environ, PYENV_VERSION="3.12.1", PYTHONDONTWRITEBYTECODE="1")
    marker = os.path.join(outdir, "__pycache__", name + ".cpython-312.pyc")
    assert os.path.exists(marker)
    env.pop("PYTHONPATH", None)
    t0 = time.time()
    proc = subprocess.run([PYTHON, "-c", RUNNER, name, os.path.join(outdir, name + ".py")],
                          cwd=outdir, env=env, capture_output=True, text=True, timeout=900)
    out = proc.stderr + proc.stdout
    ran = re.search(r"Ran (\d+) tests?", out)
    counts = {"ran": int(ran.group(1)) if ran else 0}
    m = re.search(r"^(OK|FAILED)(?: \((.*)\))?$", out, re.M)
    counts["status"] = m.group(1) if m else "CRASH"
    for key in ("failures", "errors", "skipped", "expected failures", "unexpected successes"):
        mm = re.search(key + r"=(\d+)", m.group(2) or "") if m else None
        counts[key] = int(mm.group(1)) if mm else 0
    counts["time"] = time.time() - t0
    counts["tail"] = out[-3000:]
    return counts


def one(name):
    import warnings
    warnings.simplefilter("ignore")
    result = {}
    for which in ("cpython", "snakevm"):
        d = tempfile.mkdtemp(prefix="svm_%s_%s_" % (which, name))
        try:
            compile_with(which, name, d)
        except Exception as e:
            result[which] = {"status": "COMPILE-ERROR: %s: %s" % (type(e).__name__, e),
                             "ran": 0, "failures": 0, "errors": 0, "skipped": 0, "tail": ""}
            continue
        result[which] = run(name, d)
    return name, result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", action="store_true", help="show output tails of mismatches")
    ap.add_argument("--extended", action="store_true", help="also run EXTENDED")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or (TESTS + EXTENDED if args.extended else TESTS)
    rows = []
    with multiprocessing.Pool(args.jobs) as pool:
        for name, res in pool.imap(one, names):
            rows.append((name, res))
    print("%-28s %-34s %-34s %s" % ("test", "CPython-compiled", "snakevm-compiled", "same"))
    same_all = True
    for name, res in rows:
        def fmt(r):
            return "%s ran=%d fail=%d err=%d skip=%d" % (
                r["status"][:20], r["ran"], r["failures"], r["errors"], r["skipped"])
        a, b = res["cpython"], res["snakevm"]
        same = all(a.get(k) == b.get(k) for k in ("status", "ran", "failures", "errors",
                                                  "skipped"))
        same_all &= same
        print("%-28s %-34s %-34s %s" % (name, fmt(a), fmt(b), "yes" if same else "NO"))
        if not same and args.v:
            print(b.get("tail", ""))
    print("ALL SAME" if same_all else "DIFFERENCES")


if __name__ == "__main__":
    main()
