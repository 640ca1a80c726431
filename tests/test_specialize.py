"""The adaptive interpreter (interpreter/specialize.py, specialized.py): running code
is rewritten into CPython 3.12's specialized instructions, visible to the guest
through ``dis.dis(..., adaptive=True)``; guards that fail put the generic
instruction back; nothing is specialized while resource limits are active.
(The semantics under changing operands are checked differentially by
tests/programs/performance/specialization_guards.py.)"""

import os
import re
import subprocess
import sys
import textwrap

import pytest

from snakevm import opcodes
from snakevm.interpreter.eval import Interpreter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(source, *options):
    done = subprocess.run([sys.executable, "-m", "snakevm", *options, "-c",
                           textwrap.dedent(source)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


WARM = textwrap.dedent("""
    import dis

    class P:
        def __init__(self, x):
            self.x = x

        def get(self):
            return self.x

    def work(items):
        total = 0
        for i in range(len(items)):
            p = items[i]
            if p.get() < 100:
                total = total + p.x
        return total

    items = [P(i) for i in range(50)]
    for _ in range(6):
        work(items)
""")


def test_running_code_is_specialized_and_dis_shows_it():
    out = run(WARM + "dis.dis(work, adaptive=True)\ndis.dis(P.__init__, adaptive=True)\n")
    for name in ("FOR_ITER_RANGE", "CALL_NO_KW_LEN", "BINARY_SUBSCR_LIST_INT",
                 "LOAD_ATTR_METHOD_WITH_VALUES", "CALL_PY_EXACT_ARGS", "COMPARE_OP_INT",
                 "LOAD_ATTR_INSTANCE_VALUE", "BINARY_OP_ADD_INT", "STORE_ATTR_INSTANCE_VALUE"):
        assert re.search(r"\b%s\b" % name, out), name
    plain = run(WARM + "dis.dis(work)\n")
    assert "BINARY_OP_ADD_INT" not in plain and "BINARY_OP " in plain


def test_a_failed_guard_puts_the_generic_instruction_back():
    out = run("""
        import dis
        def add(a, b):
            return a + b
        for i in range(10):
            add(i, i)
        dis.dis(add, adaptive=True)
        add(1.5, 2.5)
        dis.dis(add, adaptive=True)
        """)
    first, second = out.split("RESUME")[1], out.split("RESUME")[2]
    assert "BINARY_OP_ADD_INT" in first
    assert "BINARY_OP_ADD_INT" not in second and "BINARY_OP " in second


def test_superinstructions_and_polymorphic_sites():
    out = run("""
        import dis
        class A:
            def __init__(self): self.v = 1
            def m(self): return "A"
        class B:
            def __init__(self): self.v = 2
            def m(self): return "B"
        def get(o):
            return o.v, o.m()
        def pair(a, b):
            return a + b
        for i in range(20):
            get(A()); get(B()); pair(i, i)
        print(get(A()), get(B()))
        dis.dis(get, adaptive=True)
        dis.dis(pair, adaptive=True)
        """)
    assert "(1, 'A') (2, 'B')" in out
    assert "LOAD_ATTR_INSTANCE_VALUE" in out and "LOAD_ATTR_METHOD_WITH_VALUES" in out
    assert "LOAD_FAST__LOAD_FAST" in out


def test_nothing_is_specialized_under_resource_limits():
    out = run(WARM + "dis.dis(work, adaptive=True)\n", "--max-instructions", "10000000")
    assert "_INT" not in out and "FOR_ITER_RANGE" not in out and "__" not in out


def test_every_specialized_handler_is_in_the_table():
    names = {ins.name for ins in opcodes.SPECIALIZED}
    handlers = {name[3:] for name in dir(Interpreter) if name.startswith("op_")}
    real = {ins.name for ins in opcodes.REAL}
    assert handlers - real <= names | {"unexpected"}
    assert len(handlers & names) >= 25
    for ins in opcodes.SPECIALIZED:
        family = opcodes.BY_NAME[ins.base]
        assert (ins.caches, ins.arg, ins.pops, ins.pushes) == \
            (family.caches, family.arg, family.pops, family.pushes)


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="oracle is CPython 3.12")
def test_specialized_names_and_numbers_are_cpythons():
    import dis
    import opcode
    expected = {name: (dis._all_opmap[name], family)
                for family, members in opcode._specializations.items() for name in members}
    assert {ins.name: (ins.number, ins.base) for ins in opcodes.SPECIALIZED} == expected
