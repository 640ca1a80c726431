"""dir() completeness: for every built-in type, the builtins module, sys and
every native module of snakevm's registry, compare the names ``dir()`` reports
under snakevm with CPython 3.12's (a native module snakevm does not provide
yet counts with all its names missing).

A probe program (PROBE below) prints one line per type: its label, a tab,
and the sorted names of dir(type).  It runs once under CPython 3.12 and once
under snakevm.  Names CPython has and snakevm lacks are *missing*; the known
missing names are recorded in tests/dir_missing.txt (a ratchet, like
tests/known_failures.txt): the test fails when a type lacks a name that is
not recorded there, and `--update` rewrites the file from the current state.

    python3.12 tests/dir_completeness.py            # summary: complete types, missing names
    python3.12 tests/dir_completeness.py --update   # regenerate tests/dir_missing.txt
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MISSING_FILE = HERE / "dir_missing.txt"

PROBE = r'''
import builtins
import sys


def show(label, obj):
    print(label + "\t" + " ".join(sorted(dir(obj))))


for name in sorted(dir(builtins)):
    value = getattr(builtins, name)
    if isinstance(value, type):
        show(name, value)
show("<module builtins>", builtins)


class Slotted:
    __slots__ = ("slot",)

    def method(self):
        return self


def function():
    pass


class SequenceOnly:
    def __getitem__(self, index):
        raise IndexError(index)


def closure_maker(value):
    def inner():
        return value
    return inner


def generator():
    yield 1


async def coroutine():
    pass


async def async_generator():
    yield 1


try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
co = coroutine()
ag = async_generator()
d = {1: 2}
samples = [
    ("function", function),
    ("builtin_function_or_method", len),
    ("method", Slotted().method),
    ("cell", closure_maker(1).__closure__[0]),
    ("code", function.__code__),
    ("frame", tb.tb_frame),
    ("traceback", tb),
    ("generator", generator()),
    ("coroutine", co),
    ("coroutine_wrapper", co.__await__()),
    ("async_generator", ag),
    ("async_generator_asend", ag.asend(None)),
    ("async_generator_athrow", ag.athrow(ValueError)),
    ("module", sys),
    ("NoneType", None),
    ("NotImplementedType", NotImplemented),
    ("ellipsis", ...),
    ("mappingproxy", type.__dict__["__dict__"].__get__(int)),
    ("method_descriptor", list.append),
    ("classmethod_descriptor", dict.__dict__["fromkeys"]),
    ("getset_descriptor", type.__dict__["__name__"]),
    ("member_descriptor", Slotted.__dict__["slot"]),
    ("wrapper_descriptor", object.__dict__["__init__"]),
    ("method-wrapper", object().__str__),
    ("dict_keys", d.keys()),
    ("dict_values", d.values()),
    ("dict_items", d.items()),
    ("dict_keyiterator", iter(d)),
    ("dict_valueiterator", iter(d.values())),
    ("dict_itemiterator", iter(d.items())),
    ("dict_reversekeyiterator", reversed(d)),
    ("list_iterator", iter([])),
    ("list_reverseiterator", reversed([])),
    ("tuple_iterator", iter(())),
    ("set_iterator", iter(set())),
    ("range_iterator", iter(range(1))),
    ("str_ascii_iterator", iter("")),
    ("bytes_iterator", iter(b"")),
    ("bytearray_iterator", iter(bytearray())),
    ("callable_iterator", iter(function, 1)),
    ("iterator", iter(SequenceOnly())),
    ("GenericAlias", list[int]),
    ("UnionType", int | str),
]
for label, obj in samples:
    show(label, type(obj))
co.close()

# sys and the native modules (snakevm/module/registry.py); __file__ is left out: CPython
# builds some of them as shared libraries, snakevm's are built in.
for name in NATIVE_MODULES:
    try:
        module = __import__(name)
    except ImportError:
        continue
    print("<module %s>\t" % name + " ".join(sorted(n for n in dir(module) if n != "__file__")))

# sys's namespaces and the types of its struct sequences
print("<module sys.monitoring>\t" + " ".join(sorted(dir(sys.monitoring))))
show("sys.monitoring.events", sys.monitoring.events)
for name in ("flags", "float_info", "int_info", "hash_info", "thread_info", "version_info",
             "get_asyncgen_hooks()"):
    value = sys.get_asyncgen_hooks() if name.endswith("()") else getattr(sys, name)
    show("type(sys.%s)" % name, type(value))
'''


def _probe_source():
    """PROBE with the list of native modules filled in (read from snakevm's registry)."""
    sys.path.insert(0, str(HERE.parent))
    from snakevm.module.registry import BUILTIN_MODULES
    names = sorted(set(BUILTIN_MODULES) | {"sys"})
    return "NATIVE_MODULES = %r\n" % (names,) + PROBE


def parse(output):
    table = {}
    for line in output.splitlines():
        label, _, names = line.partition("\t")
        table[label] = set(names.split())
    return table


def run_probe(runner):
    """{label: names} printed by the probe under ``runner`` (difftest.run_cpython/run_snakevm)."""
    stdout, stderr, status = runner(_probe_source())
    return parse(stdout), stderr, status


def known_missing():
    known = {}
    if MISSING_FILE.exists():
        for line in MISSING_FILE.read_text().splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            label, _, names = line.partition(":")
            known[label.strip()] = set(names.split())
    return known


def compare(expected, actual):
    """{label: (missing names, extra names)} for every label CPython printed."""
    result = {}
    for label, names in expected.items():
        have = actual.get(label)
        if have is None:
            result[label] = (set(names), set())
        else:
            result[label] = (names - have, have - names)
    return result


def write_missing(differences):
    lines = ["# Names CPython 3.12's dir() shows that snakevm's lacks, per built-in type.",
             "# A ratchet for tests/test_dir_completeness.py; regenerate with",
             "#   python3.12 tests/dir_completeness.py --update"]
    for label in sorted(differences):
        missing, _ = differences[label]
        if missing:
            lines.append("%s: %s" % (label, " ".join(sorted(missing))))
    MISSING_FILE.write_text("\n".join(lines) + "\n")


def main(argv):
    sys.path.insert(0, str(HERE))
    import difftest
    expected, _, _ = run_probe(difftest.run_cpython)
    actual, stderr, status = run_probe(difftest.run_snakevm)
    if status != 0:
        print("snakevm probe failed:\n" + stderr)
        return 1
    differences = compare(expected, actual)
    complete = [label for label, (missing, _) in differences.items() if not missing]
    total_missing = sum(len(missing) for missing, _ in differences.values())
    for label in sorted(differences):
        missing, extra = differences[label]
        if missing or extra:
            print("%-28s missing %-3d %s%s" % (label, len(missing), " ".join(sorted(missing)),
                                               ("   extra: " + " ".join(sorted(extra)))
                                               if extra else ""))
    print("%d/%d types complete; %d names missing" % (len(complete), len(differences),
                                                     total_missing))
    if "--update" in argv:
        write_missing(differences)
        print("wrote", MISSING_FILE)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
