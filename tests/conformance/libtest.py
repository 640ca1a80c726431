"""CPython's own test suite inside snakevm: the conformance measure.

    python3.12 tests/conformance/libtest.py [--jobs N] [--timeout S] [--update]
                                            [--jit MODE] [MODULE...]

Runs each module of CPython 3.12's Lib/test (from the host's installation;
nothing is copied into this repository) twice -- under CPython 3.12 and under
``python -m snakevm`` -- with tests/conformance/libtest_driver.py, which
reports every test's outcome.  Prints a table and two figures:

* modules that run to completion inside snakevm;
* the share of the tests passing on CPython that also pass inside snakevm.

The ratchet (tests/conformance/libtest_ratchet.json) records per module the
counts under CPython and under snakevm.  ``--update`` rewrites it from this
run; without it the run is compared against it and a module whose snakevm
pass count went down is reported as a regression (exit status 1).  A module
that got better should be recorded with --update in the same commit.
``--jit on|always`` runs snakevm with its compiling tier and checks that the
ratchet (recorded in the default mode) still holds.

The default test command does not run this (it takes long); see README."""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "tests" / "conformance" / "libtest_driver.py"
RATCHET = ROOT / "tests" / "conformance" / "libtest_ratchet.json"
OUTCOMES = ("pass", "fail", "error", "skip", "xfail", "xpass")

# The modules measured (at least those issue 9 names, then the rest of the core).
MODULES = """
test_re test_math test_cmath test_struct test_time test_codecs test_ast test_tokenize
test_typing test_random test_hashlib test_binascii test_zlib test_array test_unicodedata
test_json test_datetime test_io test_string test_fstring test_unittest test_contextlib
test_dataclasses test_enum test_functools test_collections test_itertools test_builtin
test_types test_descr test_exceptions test_generators test_coroutines test_dict test_list
test_set test_unicode test_bytes test_int test_float test_long
test_abc test_abstract_numbers test_argparse test_atexit test_augassign test_base64
test_baseexception test_binop test_bisect test_bool test_bufio test_calendar test_call
test_charmapcodec test_class test_codeccallbacks test_codeop test_colorsys test_compare
test_complex test_configparser test_contains test_context test_copy test_copyreg
test_csv test_decimal test_decorators test_defaultdict test_deque test_dictcomps
test_dictviews test_difflib test_dis test_dynamic test_dynamicclassattribute
test_enumerate test_errno test_except_star test_exception_group test_exception_hierarchy
test_exception_variations test_extcall test_faulthandler test_file test_fileio
test_fnmatch test_format test_fractions test_frame test_funcattrs test_future_stmt
test_genericalias test_genericclass test_genericpath test_genexps test_getopt test_glob
test_global test_grammar test_graphlib test_gzip test_hash test_heapq test_hmac test_html
test_htmlparser test_index test_inspect test_int_literal test_isinstance test_iter
test_iterlen test_keyword test_keywordonlyarg test_linecache test_listcomps test_locale
test_logging test_marshal test_memoryio test_memoryview test_metaclass test_module
test_named_expressions test_numeric_tower test_opcodes test_operator test_optparse
test_ordered_dict test_patma test_pickle test_positional_only_arg test_posixpath
test_pow test_pprint test_print test_property test_queue test_quopri test_raise
test_range test_reprlib test_richcmp test_scope test_secrets test_setcomps test_shlex
test_signal test_slice test_sort test_stat test_statistics test_strftime
test_string_literals test_strptime test_structseq test_subclassinit test_super
test_syntax test_sys test_textwrap test_tuple test_type_aliases test_type_params
test_typechecks test_unary test_unpack test_unpack_ex test_unparse test_userdict
test_userlist test_userstring test_uuid test_weakref test_weakset test_with
test_yield_from test_xml_etree test_tempfile test_shutil test_os test_pathlib
test_traceback test_warnings test_import test_importlib test_runpy test_pkgutil
test_pyexpat test_minidom test_sax test_gc test_finalization
""".split()


def cpython():
    if sys.version_info[:2] == (3, 12):
        return [sys.executable]
    return ["python3.12"]


def _environment(workdir):
    env = dict(os.environ)
    env["PYENV_VERSION"] = "3.12.1"
    env["TMPDIR"] = workdir
    env.pop("PYTHONPATH", None)
    env["PYTHONPATH"] = str(ROOT)
    return env


def _kill_group(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_one(module, under_snakevm, timeout, jit=None):
    """(status, {test id: outcome}, seconds) for one module under one VM (snakevm with
    --jit=MODE when ``jit`` is given)."""
    workdir = tempfile.mkdtemp(prefix="libtest-")
    snakevm = ["-m", "snakevm"] + (["--jit=" + jit] if jit else [])
    command = cpython() + (snakevm if under_snakevm else []) + [
        str(DRIVER), "test." + module]
    start = time.monotonic()
    outcomes = {}
    # a session of its own: at the timeout the whole process group is killed, with
    # the processes the tests started (left alone they run on, e.g. test_threading's)
    proc = subprocess.Popen(command, cwd=workdir, env=_environment(workdir),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        output, _ = proc.communicate(timeout=timeout)
        status = None
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        output, _ = proc.communicate()
        status = "timeout"
    finally:
        _kill_group(proc)               # what the tests started and left behind
        shutil.rmtree(workdir, ignore_errors=True)
    done = skipped = False
    for line in output.decode("utf-8", "replace").splitlines():
        if line == "DONE":
            done = True
        elif line.startswith("SKIPPED "):
            skipped = True
        elif line.startswith("RESULT "):
            _, outcome, test_id = line.split(" ", 2)
            if outcomes.get(test_id) not in ("fail", "error"):
                outcomes[test_id] = outcome
    if status is None:
        status = ("skipped" if skipped else "complete") if done else "crash"
    return status, outcomes, time.monotonic() - start


def counts(outcomes):
    result = {outcome: 0 for outcome in OUTCOMES}
    for outcome in outcomes.values():
        result[outcome] += 1
    result["run"] = len(outcomes)
    return result


def measure(module, timeout, jit=None):
    c_status, c_outcomes, c_time = run_one(module, False, timeout)
    s_status, s_outcomes, s_time = run_one(module, True, timeout, jit)
    passing_on_cpython = {t for t, o in c_outcomes.items() if o == "pass"}
    both = {t for t in passing_on_cpython if s_outcomes.get(t) == "pass"}
    return {
        "cpython": dict(counts(c_outcomes), status=c_status, seconds=round(c_time, 1)),
        "snakevm": dict(counts(s_outcomes), status=s_status, seconds=round(s_time, 1)),
        "cpython_passes_also_passing": len(both),
    }


def summary(results):
    complete = sum(1 for r in results.values() if r["snakevm"]["status"] == "complete"
                   or r["snakevm"]["status"] == r["cpython"]["status"] == "skipped")
    cpython_passes = sum(r["cpython"]["pass"] for r in results.values())
    both = sum(r["cpython_passes_also_passing"] for r in results.values())
    share = both / cpython_passes if cpython_passes else 0.0
    return complete, len(results), both, cpython_passes, share


def print_table(results):
    print("%-30s %-9s %6s %6s %6s  | %-9s %6s %6s %6s %6s %6s %8s" % (
        "module", "cpython", "run", "pass", "skip", "snakevm", "run", "pass", "fail", "error",
        "skip", "seconds"))
    for module in sorted(results):
        c, s = results[module]["cpython"], results[module]["snakevm"]
        print("%-30s %-9s %6d %6d %6d  | %-9s %6d %6d %6d %6d %6d %8.1f" % (
            module, c["status"], c["run"], c["pass"], c["skip"], s["status"], s["run"],
            s["pass"], s["fail"], s["error"], s["skip"], s["seconds"]))
    complete, total, both, cpython_passes, share = summary(results)
    print()
    print("modules run to completion inside snakevm: %d of %d" % (complete, total))
    print("tests passing on CPython that pass inside snakevm: %d of %d (%.1f%%)"
          % (both, cpython_passes, 100 * share))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="test modules (default: all measured)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=900,
                        help="seconds per module and VM (default 900)")
    parser.add_argument("--update", action="store_true", help="rewrite the ratchet file")
    parser.add_argument("--jit", choices=["off", "on", "always"],
                        help="run snakevm with --jit=MODE and check the ratchet holds "
                             "(the ratchet records the default mode; not with --update)")
    args = parser.parse_args(argv)
    if args.jit and args.update:
        parser.error("--update records the default mode: run it without --jit")
    modules = args.modules or MODULES
    results = {}
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for module, result in zip(modules, pool.map(lambda m: measure(m, args.timeout, args.jit),
                                                    modules)):
            results[module] = result
            s = result["snakevm"]
            print("%-30s %-9s pass %d/%d (CPython %d)" % (
                module, s["status"], s["pass"], s["run"], result["cpython"]["pass"]),
                flush=True)
    print()
    print_table(results)
    recorded = json.loads(RATCHET.read_text()) if RATCHET.exists() else {}
    regressions = [m for m in results if m in recorded and
                   results[m]["snakevm"]["pass"] < recorded[m]["snakevm"]["pass"]]
    if args.update:
        recorded.update(results)
        RATCHET.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
        print("ratchet updated: %s" % RATCHET.relative_to(ROOT))
    elif regressions:
        print("REGRESSIONS (fewer passing tests than the ratchet records): %s"
              % ", ".join(sorted(regressions)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
