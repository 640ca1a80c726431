"""Seeded fuzzing of snakevm with random and mutated inputs (issue 11).

    python3.12 tests/fuzz/fuzz.py --seed 1 --cases 100000 [--jobs 2]

Each case is derived from (seed, case number) alone, so any case can be
replayed (``--replay N``).  Four kinds of case, in turn:

- ``code``: a small program compiled by snakevm, its code object mutated
  (bytes of co_code flipped, opargs and opcodes replaced, instructions
  swapped or cut, co_stacksize, co_flags, the exception table, the constants
  and names shuffled) and run -- the verifier must refuse it or it must run
  as a guest program;
- ``marshal``: the marshal data of such a code object with bytes changed,
  loaded with the guest's marshal.loads and run;
- ``source``: a program's text mutated (characters and lines dropped,
  repeated, swapped, random tokens inserted) and given to the guest's
  compile() and run;
- ``builtin``: a built-in function or method called with random arguments.

Every case runs inside one VM per worker process (a fresh VM every 200
cases) with SNAKEVM_CHECK_VALUES's check on, an instruction limit of 20 000,
a time limit of 2 s and a recursion limit of 200.  What counts as a failure:
a host exception escaping snakevm's code (an internal error: a host exception
out of the run, or a guest SystemError saying "snakevm internal error"), a
host value reaching the guest (valuecheck), or a worker that dies.  A guest
exception, a refused code object or an exceeded limit is a pass.  The summary
prints the counts per kind and every failure with the case number that
replays it."""

import argparse
import json
import os
import random
import subprocess
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)

KINDS = ("code", "marshal", "source", "builtin")
FRESH_VM_EVERY = 200

SEED_PROGRAMS = [
    "x = 1\ny = x + 2\nprint(x * y)\n",
    "def f(a, b=2, *c, d, **e):\n    return a + b + len(c) + d + len(e)\nprint(f(1, d=3))\n",
    "total = 0\nfor i in range(10):\n    if i % 2:\n        continue\n    total += i\nprint(total)\n",
    "i = 0\nwhile i < 5:\n    i += 1\nelse:\n    print('done', i)\n",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(type(e).__name__)\nfinally:\n"
    "    print('finally')\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n"
    "    return inner\nprint(outer()())\n",
    "def gen(n):\n    for i in range(n):\n        yield i * i\nprint(list(gen(4)), sum(x for x in gen(3)))\n",
    "class A:\n    def __init__(self, v):\n        self.v = v\n    def __repr__(self):\n"
    "        return 'A(%r)' % self.v\nclass B(A):\n    def __init__(self):\n"
    "        super().__init__(2)\nprint(B(), [A(i) for i in range(2)])\n",
    "d = {k: v for k, v in zip('abc', range(3))}\ns = {x % 2 for x in range(5)}\n"
    "print(sorted(d.items()), s, [y for y in range(3) if y])\n",
    "with open(__file__) if False else __import__('contextlib').nullcontext(5) as v:\n"
    "    print(v)\n",
    "match [1, 2, {'k': 3}]:\n    case [a, b, {'k': c}]:\n        print(a + b + c)\n"
    "    case _:\n        print('no')\n",
    "async def co(x):\n    return x + 1\nc = co(1)\ntry:\n    c.send(None)\n"
    "except StopIteration as e:\n    print(e.value)\n",
    "import sys\ndef r(n):\n    return n if n < 1 else r(n - 1)\nprint(r(20), sys.getrecursionlimit() > 0)\n",
    "x = [1, 2, 3]\na, *b = x\nx[1:2] = [7, 8]\ndel x[0]\nprint(a, b, x, x[::-1])\n",
    "s = 'hello'\nprint(f'{s!r:>10}', s.upper(), s[1:3], '%s-%d' % (s, 4))\n",
    "try:\n    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\n"
    "except* ValueError as e:\n    print('v', len(e.exceptions))\nexcept* TypeError:\n"
    "    print('t')\n",
    "def deco(f):\n    return lambda *a: f(*a) * 2\n@deco\ndef g(x):\n    return x\n"
    "print(g(21), (lambda q: q)(3))\n",
    "import itertools\nprint(list(itertools.islice(itertools.count(), 3)), "
    "[*map(str, range(2))])\n",
    "x = 0\nfor i in range(3):\n    for j in range(3):\n        if j == 2:\n            break\n"
    "        x += i * j\nprint(x)\n",
    "class M(type):\n    def __call__(cls, *a):\n        return 'made'\nclass C(metaclass=M):\n"
    "    pass\nprint(C(), C.__name__)\n",
    "def g():\n    x = yield 1\n    y = yield x\n    return y\nit = g()\nnext(it)\n"
    "print(it.send(5))\ntry:\n    it.send(6)\nexcept StopIteration as e:\n    print(e.value)\n",
    "a = b = c = 3\na += 1\nprint(a is not b, b == c, not a, -a, ~a, a ** 2, a // 2, a % 2)\n",
    "global_var = 1\ndef f():\n    global global_var\n    global_var += 1\nf()\n"
    "print(global_var)\n",
    "def f():\n    try:\n        return 1\n    finally:\n        print('cleanup')\nprint(f())\n",
]

BUILTIN_TARGETS = [
    "len", "repr", "str", "int", "float", "bytes", "bytearray", "list", "tuple", "dict", "set",
    "frozenset", "range", "slice", "sorted", "min", "max", "sum", "abs", "divmod", "pow",
    "round", "hash", "format", "chr", "ord", "bin", "hex", "oct", "isinstance", "issubclass",
    "getattr", "setattr", "hasattr", "iter", "next", "zip", "map", "filter", "enumerate",
    "reversed", "any", "all", "vars", "dir", "type", "object", "memoryview", "complex", "bool",
    "compile", "eval", "exec", "print", "ascii", "callable", "super", "property",
    "staticmethod", "classmethod",
]
METHOD_TARGETS = [
    ("''", "join"), ("'ab'", "split"), ("'ab'", "replace"), ("'ab'", "format"),
    ("'ab'", "encode"), ("'ab'", "center"), ("'ab'", "translate"), ("'ab'", "startswith"),
    ("b'ab'", "decode"), ("b'ab'", "hex"), ("b'ab'", "split"), ("[1, 2]", "index"),
    ("[1, 2]", "sort"), ("[1, 2]", "insert"), ("[1, 2]", "__getitem__"),
    ("{1: 2}", "get"), ("{1: 2}", "update"), ("{1: 2}", "pop"), ("{1}", "union"),
    ("(1, 2)", "count"), ("bytearray(b'ab')", "extend"), ("bytearray(b'ab')", "__setitem__"),
    ("memoryview(b'ab')", "cast"), ("3", "to_bytes"), ("int", "from_bytes"),
    ("1.5", "as_integer_ratio"), ("float", "fromhex"), ("range(5)", "index"),
    ("object()", "__reduce_ex__"), ("type", "__subclasses__"),
]
ARGUMENT_POOL = [
    "0", "1", "-1", "2**63", "-2**100", "10**20", "1.5", "float('nan')", "float('inf')", "1j",
    "True", "None", "''", "'abc'", "'\\udc80'", "'\\x00'", "b''", "b'\\xff'", "bytearray(b'x')",
    "[]", "[1, 'a']", "()", "(1,)", "{}", "{1: 2}", "set()", "frozenset({1})", "range(3)",
    "object()", "int", "type", "len", "print", "Ellipsis", "NotImplemented", "slice(1, 2)",
    "memoryview(b'ab')", "iter([1])", "lambda *a: a", "Exception('x')", "'utf-8'", "'strict'",
    "'%s'", "'{0.__class__}'", "-0.0", "2**31", "-2**31 - 1", "'0x10'", "' 12 '",
]

FILL_SOURCE = """
import io as _io, sys as _sys
_sys.stdout = _sys.stderr = _io.StringIO()
"""


class Worker:
    """One VM running fuzz cases."""

    def __init__(self):
        from snakevm.runner import setup_vm
        from snakevm.config import Config
        self.Config = Config
        from snakevm.interpreter.runtime import interpreter
        from snakevm.interpreter import valuecheck
        from snakevm.memory import finalizers
        self._setup = setup_vm
        self.interp = interpreter()
        self.valuecheck = valuecheck
        self.finalizers = finalizers
        self.cases_in_vm = FRESH_VM_EVERY

    def fresh_vm(self):
        from snakevm.interpreter import state
        from snakevm.compiler import compile_source
        from snakevm.interpreter.runtime import run_code
        state.depth = 0
        state.current_frame = None
        state.handled_exception = None
        state.outer_exceptions = []
        state.recursion_limit = 1000
        self.interp.hooks.clear()
        self.interp.tracer = None
        self.w_main = self._setup(self.Config(argv=["fuzz"]))
        self.finalizers.running[0] = False          # no guest __del__ between cases
        self.valuecheck.install(self.interp)
        run_code(compile_source(FILL_SOURCE, "<fuzz-setup>", "exec"), self.w_main.w_dict)
        self.cases_in_vm = 0

    def run(self, kind, rng):
        """Run one case; returns (outcome, detail): outcome is "pass", "internal" or
        "host-value"."""
        from snakevm import limits
        from snakevm.objspace.root import OperationError
        from snakevm.interpreter import state
        if self.cases_in_vm >= FRESH_VM_EVERY:
            self.fresh_vm()
        self.cases_in_vm += 1
        limits.install(limits.Limits(instructions=20000, time=2.0, recursion=200), self.interp)
        try:
            try:
                getattr(self, "case_" + kind)(rng)
            finally:
                limits.uninstall(self.interp)
                state.depth = 0
                state.current_frame = None
                state.handled_exception = None
        except OperationError as e:
            return self.classify_guest_error(e)
        except limits.LimitExceeded:
            self.cases_in_vm = FRESH_VM_EVERY      # the VM's state may be mid-operation
            return "pass", "limit"
        except BaseException as e:           # noqa: BLE001 -- a host exception: a snakevm bug
            self.cases_in_vm = FRESH_VM_EVERY
            if type(e).__name__ == "HostValueReachedGuest":
                return "host-value", str(e)[:300]
            if isinstance(e, KeyboardInterrupt):
                raise
            if os.environ.get("SNAKEVM_TRACEBACK"):     # --replay N shows where
                traceback.print_exc()
            return "internal", "%s: %s" % (type(e).__name__, str(e)[:300])
        return "pass", "ran"

    def classify_guest_error(self, e):
        from snakevm.objspace.space import space
        try:
            text = space.str(e.w_value)
        except BaseException:                # noqa: BLE001
            text = ""
        if "snakevm internal error" in text or "reached the guest" in text:
            return "internal", "%s: %s" % (space.type(e.w_value).name, text[:300])
        return "pass", "guest " + space.type(e.w_value).name

    # -- the kinds of case ---------------------------------------------------------------
    def fresh_globals(self):
        from snakevm.objspace.space import space
        w_globals = space.newdict()
        space.setitem(w_globals, "__name__", "__fuzz__")
        space.setitem(w_globals, "__builtins__", space.builtins_module())
        return w_globals

    def case_code(self, rng):
        from snakevm.interpreter.runtime import run_code
        code = mutate_code(compile_seed(rng), rng)
        run_code(code, self.fresh_globals())

    def case_marshal(self, rng):
        from snakevm import marshal as snakevm_marshal
        data = bytearray(snakevm_marshal.dumps(compile_seed(rng)))
        for _ in range(rng.randint(1, 4)):
            position = rng.randrange(len(data))
            data[position] = rng.randrange(256) if rng.random() < 0.8 else data[position] ^ 1
        if rng.random() < 0.2:
            del data[rng.randrange(len(data)):]
        self.guest_exec("import marshal\nexec(marshal.loads(DATA), {'__builtins__': "
                        "__builtins__})\n", DATA=bytes(data))

    def case_source(self, rng):
        source = mutate_source(rng.choice(SEED_PROGRAMS), rng)
        self.guest_exec("exec(compile(SOURCE, '<fuzz>', 'exec'), {'__builtins__': "
                        "__builtins__})\n", SOURCE=source)

    def case_builtin(self, rng):
        args = ", ".join(rng.choice(ARGUMENT_POOL) for _ in range(rng.randint(0, 4)))
        if rng.random() < 0.5:
            call = "%s(%s)" % (rng.choice(BUILTIN_TARGETS), args)
        else:
            receiver, name = rng.choice(METHOD_TARGETS)
            call = "(%s).%s(%s)" % (receiver, name, args)
        self.guest_exec("x = %s\nrepr(x)\n" % call)

    def guest_exec(self, source, **values):
        from snakevm.compiler import compile_source
        from snakevm.interpreter.runtime import run_code
        from snakevm.objspace.space import space
        w_globals = self.fresh_globals()
        for name, value in values.items():
            space.setitem(w_globals, name, value)
        run_code(compile_source(source, "<fuzz-driver>", "exec"), w_globals)


_compiled = {}


def compile_seed(rng):
    from snakevm.compiler import compile_source
    index = rng.randrange(len(SEED_PROGRAMS))
    if index not in _compiled:
        _compiled[index] = compile_source(SEED_PROGRAMS[index], "<seed%d>" % index, "exec")
    return _compiled[index]


def mutate_code(code, rng):
    """A copy of ``code`` (or of one of its nested code objects) with random changes."""
    from snakevm.code import Code
    nested = [c for c in code.co_consts if isinstance(c, Code)]
    if nested and rng.random() < 0.3:
        code = rng.choice(nested)
    raw = bytearray(code.co_code)
    consts, names = list(code.co_consts), list(code.co_names)
    stacksize, flags, table = code.co_stacksize, code.co_flags, bytearray(code.co_exceptiontable)
    for _ in range(rng.randint(1, 3)):
        what = rng.random()
        units = len(raw) // 2
        if what < 0.35 and units:
            raw[2 * rng.randrange(units) + 1] = rng.randrange(256)            # an oparg
        elif what < 0.55 and units:
            raw[2 * rng.randrange(units)] = rng.randrange(256)                # an opcode
        elif what < 0.65 and units > 1:
            a, b = rng.randrange(units), rng.randrange(units)
            raw[2 * a:2 * a + 2], raw[2 * b:2 * b + 2] = raw[2 * b:2 * b + 2], raw[2 * a:2 * a + 2]
        elif what < 0.72 and units > 1:
            del raw[2 * rng.randrange(units):]
        elif what < 0.8:
            stacksize = max(0, stacksize + rng.randint(-3, 3))
        elif what < 0.85:
            flags ^= 1 << rng.randrange(10)
        elif what < 0.92 and table:
            table[rng.randrange(len(table))] = rng.randrange(256)
        elif consts and rng.random() < 0.5:
            rng.shuffle(consts)
        else:
            rng.shuffle(names)
    return Code(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, stacksize,
                flags, bytes(raw), tuple(consts), tuple(names), code.co_localsplusnames,
                code.co_localspluskinds, code.co_filename, code.co_name, code.co_qualname,
                code.co_firstlineno, code.co_linetable, bytes(table))


TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "+", "*", "**", "lambda", "yield",
          "await", "async", "not", "in", "is", "if", "else", "for", "while", "return",
          "class", "def", "try", "except", "finally", "with", "as", "import", "from", "global",
          "nonlocal", "del", "pass", "break", "continue", "raise", "0", "1e9", "'s'", "f'{x}'",
          "\n", "    ", "\\", "#", "@", "->", ";", ":=", "*args", "match", "case", "_"]


def mutate_source(source, rng):
    lines = source.split("\n")
    for _ in range(rng.randint(1, 4)):
        what = rng.random()
        if what < 0.25 and lines:
            del lines[rng.randrange(len(lines))]
        elif what < 0.4 and lines:
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
        elif what < 0.5 and len(lines) > 1:
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif lines:
            i = rng.randrange(len(lines))
            line = lines[i]
            cut = rng.randint(0, len(line))
            if rng.random() < 0.5:
                lines[i] = line[:cut] + rng.choice(TOKENS) + line[cut:]
            else:
                lines[i] = line[:cut] + line[cut + rng.randint(1, 3):]
    return "\n".join(lines)


# -- driving ----------------------------------------------------------------------------------
def case_rng(seed, number):
    return random.Random("%d:%d" % (seed, number))


def work(seed, start, count, out):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 12000))
    worker = Worker()
    for number in range(start, start + count):
        kind = KINDS[number % len(KINDS)]
        outcome, detail = worker.run(kind, case_rng(seed, number))
        out.write(json.dumps([number, kind, outcome, detail]) + "\n")
        out.flush()


def run_jobs(seed, cases, jobs):
    """Run the cases in ``jobs`` worker processes; a worker that dies is restarted
    after the case it died on (which counts as a failure)."""
    results = {}
    pending = [(start, min(cases, start + (cases + jobs - 1) // jobs)) for start in
               range(0, cases, (cases + jobs - 1) // jobs)]
    running = []
    while pending or running:
        while pending and len(running) < jobs:
            start, stop = pending.pop()
            argv = [sys.executable, __file__, "--worker", "--seed", str(seed),
                    "--start", str(start), "--cases", str(stop - start)]
            env = dict(os.environ, PYTHONPATH=ROOT)
            running.append((start, stop, subprocess.Popen(
                argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)))
        start, stop, process = running.pop(0)
        last = start - 1
        for line in process.stdout:
            number, kind, outcome, detail = json.loads(line)
            results[number] = (kind, outcome, detail)
            last = number
        process.wait()
        if last + 1 < stop:                  # died on case last + 1
            dead = last + 1
            results[dead] = (KINDS[dead % len(KINDS)], "worker-died",
                             "exit status %s" % process.returncode)
            if dead + 1 < stop:
                pending.append((dead + 1, stop))
    return results


def summarize(seed, cases, results, seconds):
    counts = {}
    failures = []
    for number in sorted(results):
        kind, outcome, detail = results[number]
        counts.setdefault(kind, {}).setdefault(outcome, 0)
        counts[kind][outcome] += 1
        if outcome != "pass":
            failures.append((number, kind, outcome, detail))
    print("snakevm fuzz: seed %d, %d cases in %.0f s" % (seed, len(results), seconds))
    for kind in KINDS:
        print("  %-8s %s" % (kind, ", ".join("%s %d" % item for item in
                                             sorted(counts.get(kind, {}).items()))))
    print("failures: %d (internal errors %d, host values %d, workers died %d)" % (
        len(failures), sum(1 for f in failures if f[2] == "internal"),
        sum(1 for f in failures if f[2] == "host-value"),
        sum(1 for f in failures if f[2] == "worker-died")))
    for number, kind, outcome, detail in failures[:50]:
        print("  case %d (%s): %s: %s   [replay: --seed %d --replay %d]"
              % (number, kind, outcome, detail, seed, number))
    return 1 if failures else 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--replay", type=int, help="run one case and show what it does")
    args = parser.parse_args(argv)
    if args.worker:
        work(args.seed, args.start, args.cases, sys.stdout)
        return 0
    if args.replay is not None:
        work(args.seed, args.replay, 1, sys.stdout)
        return 0
    began = time.time()
    results = run_jobs(args.seed, args.cases, args.jobs)
    return summarize(args.seed, args.cases, results, time.time() - began)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
