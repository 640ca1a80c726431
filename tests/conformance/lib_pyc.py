"""Slow conformance check for .pyc files (not part of the default test run).

Copies CPython 3.12's Lib to a temporary directory, compiles it with
``python3.12 -m compileall`` and, for every .pyc written, checks that
snakevm's marshal reads it and writes it back byte-identical, and (with
--dis) that snakevm's disassembly equals CPython's.  Prints the counts.

    PYENV_VERSION=3.12.1 python3.12 tests/conformance/lib_pyc.py [--dis]
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
LIB = Path(os.__file__).parent
ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def compiled_lib(tmp):
    target = Path(tmp) / "Lib"
    shutil.copytree(LIB, target, ignore=shutil.ignore_patterns("__pycache__", "site-packages"))
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "2", str(target)],
                   capture_output=True)
    return sorted(target.rglob("*.pyc"))


def check(path, with_dis):
    import marshal as host_marshal
    from snakevm import marshal
    data = path.read_bytes()
    body = data[16:]
    try:
        code = marshal.loads(body)       # keeps the layout it saw in code.marshal_info
    except Exception as e:
        return False, False, "read: %s" % e
    try:
        roundtrip = marshal.dumps(code) == body
    except Exception as e:
        return False, False, "write %s: %s" % (path.name, e)
    dis_same = None
    if with_dis:
        import dis as host_dis
        import io
        from snakevm import dis as snake_dis
        expected = io.StringIO()
        host_dis.dis(host_marshal.loads(body), file=expected)
        try:
            dis_same = ADDRESS.sub("", snake_dis.disassemble_to_text(code)) == \
                ADDRESS.sub("", expected.getvalue())
        except Exception as e:
            return roundtrip, False, "dis %s: %s" % (path.name, e)
        if not dis_same:
            return roundtrip, False, "dis differs: %s" % path
    return roundtrip, dis_same, None


def main(argv):
    with_dis = "--dis" in argv
    with tempfile.TemporaryDirectory() as tmp:
        paths = compiled_lib(tmp)
        with ProcessPoolExecutor(2) as pool:
            results = list(pool.map(check, paths, [with_dis] * len(paths), chunksize=16))
    total = len(results)
    identical = sum(1 for r in results if r[0])
    print("pyc files: %d" % total)
    print("byte-identical marshal round-trip: %d/%d" % (identical, total))
    if with_dis:
        same = sum(1 for r in results if r[1])
        print("--dis identical to CPython's dis: %d/%d" % (same, total))
    errors = [r[2] for r in results if r[2]]
    for e in errors[:10]:
        print("error:", e)
    return 0 if identical == total else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
