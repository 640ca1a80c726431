"""Share of code objects byte-identical to CPython 3.12's compile() over all of Lib.

Usage: PYENV_VERSION=3.12.1 python3.12 tests/conformance/identical_lib.py [--jobs 2] [--top 30]
       [--show FIELD] [files...]
Reports "co_code identical" and "everything identical" shares and the most
common differing fields.  Compares co_code, co_consts (recursively), co_names,
co_varnames/cellvars/freevars, co_linetable, co_exceptiontable, co_stacksize,
co_flags, argument counts, names and first line; co_localspluskinds (incl.
CO_FAST_HIDDEN, invisible through types.CodeType) is compared per file by reading
CPython's marshal data and reported as a separate count of files.
"""

import argparse
import collections
import multiprocessing
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
LIB = "/root/.pyenv/versions/3.12.1/lib/python3.12"


def lib_files():
    out = []
    for dirpath, dirnames, filenames in os.walk(LIB):
        dirnames.sort()
        if "site-packages" in dirpath:
            continue
        for fn in sorted(filenames):
            if fn.endswith(".py"):
                out.append(os.path.join(dirpath, fn))
    return out


def check_file(path):
    import warnings
    warnings.simplefilter("ignore")
    from snakevm.compiler import compile_source
    from snakevm.compiler.hostcode import to_host_code, compare_codes
    try:
        with open(path, "rb") as f:
            source = f.read()
        theirs = compile(source, path, "exec", dont_inherit=True)
    except Exception:
        return path, "host-fails", [], None
    try:
        ours_code = compile_source(source, path)
        ours = to_host_code(ours_code)
    except Exception as e:
        return path, "error", [], "%s: %s" % (type(e).__name__, e)
    from marshal_kinds import localsplus_kinds, snakevm_kinds
    kinds_same = localsplus_kinds(theirs) == snakevm_kinds(ours_code)
    results = list(compare_codes(ours, theirs))
    if not kinds_same:
        results.append(("<localspluskinds of file>", True, False, ["co_localspluskinds"]))
    if CATEGORIZE:
        results = [r + (first_difference(ours, theirs, r[0]) if not r[2] else None,)
                   for r in results]
    return path, "ok", results, None


CATEGORIZE = False


def first_difference(ours, theirs, qualname):
    import dis
    def find(c):
        if c.co_qualname == qualname:
            return c
        for k in c.co_consts:
            if hasattr(k, "co_code"):
                r = find(k)
                if r is not None:
                    return r
    a, b = find(ours), find(theirs)
    if a is None or b is None:
        return "missing"
    ia = list(dis.get_instructions(a))
    ib = list(dis.get_instructions(b))
    for x, y in zip(ia, ib):
        if x.opname != y.opname or x.arg != y.arg and x.opname not in dis.hasjrel:
            return "op: %s(%s) vs ours %s(%s)" % (y.opname, y.argrepr[:20], x.opname,
                                                  x.argrepr[:20])
        if x.positions != y.positions:
            return "pos: %s" % y.opname
    if len(ia) != len(ib):
        return "length"
    if a.co_exceptiontable != b.co_exceptiontable:
        return "exctable"
    return "other"


def _init(categorize):
    global CATEGORIZE
    CATEGORIZE = categorize


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--show", default=None, help="list code objects differing in this field")
    ap.add_argument("files", nargs="*")
    ap.add_argument("--categorize", action="store_true")
    args = ap.parse_args()
    global CATEGORIZE
    CATEGORIZE = args.categorize
    files = args.files or lib_files()
    t0 = time.time()
    total = code_same = all_same = 0
    field_counts = collections.Counter()
    errors = []
    host_fails = 0
    shown = 0
    kinds_files = []
    categories = collections.Counter()
    examples = {}
    with multiprocessing.Pool(args.jobs, initializer=_init, initargs=(args.categorize,)) as pool:
        for path, status, results, err in pool.imap_unordered(check_file, files, chunksize=4):
            if status == "host-fails":
                host_fails += 1
                continue
            if status == "error":
                errors.append((path, err))
                continue
            for r in results:
                qualname, cs, alls, diffs = r[:4]
                if qualname == "<localspluskinds of file>":
                    kinds_files.append(path)
                    continue
                if args.categorize and not alls:
                    categories[r[4]] += 1
                    examples.setdefault(r[4], (path, qualname))
                total += 1
                code_same += cs
                all_same += alls
                for d in diffs:
                    field_counts[d] += 1
                if args.show and args.show in diffs and shown < args.top:
                    shown += 1
                    print("  %s: %s %s" % (args.show, path, qualname))
    print("files: %d (host cannot compile: %d, snakevm errors: %d)"
          % (len(files), host_fails, len(errors)))
    for path, err in errors[:args.top]:
        print("  ERROR %s: %s" % (path, err))
    if total:
        print("code objects: %d" % total)
        print("co_code identical:    %d (%.3f%%)" % (code_same, 100.0 * code_same / total))
        print("everything identical: %d (%.3f%%)" % (all_same, 100.0 * all_same / total))
    print("files whose co_localspluskinds differ (read via marshal): %d %s"
          % (len(kinds_files), " ".join(os.path.basename(p) for p in kinds_files[:5])))
    print("differing fields:", ", ".join("%s=%d" % kv for kv in field_counts.most_common()))
    for cat, n in categories.most_common(args.top):
        print("%6d  %s   e.g. %s %s" % ((n, cat) + examples[cat]))
    print("time: %.1fs" % (time.time() - t0))


if __name__ == "__main__":
    main()
