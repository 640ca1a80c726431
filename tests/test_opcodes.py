"""The instruction table matches CPython 3.12's opcode/dis modules exactly."""

import sys

import pytest

from snakevm import opcodes

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="oracle is CPython 3.12")


def test_names_and_numbers():
    import opcode
    assert {ins.name: ins.number for ins in opcodes.INSTRUCTIONS} == opcode.opmap


def test_cache_entries():
    import opcode
    for ins in opcodes.INSTRUCTIONS:
        if ins.number < 256:
            assert ins.caches == opcode._inline_cache_entries[ins.number], ins.name


def test_stack_effects():
    import dis
    for ins in opcodes.INSTRUCTIONS:
        for oparg in (range(0, 300) if ins.has_arg else [None]):
            try:
                expected = dis.stack_effect(ins.number, oparg)
            except ValueError:
                continue
            arg = oparg or 0
            mine = ins.stack_effect(arg)
            if ins.jump_pushes is not None:
                mine = max(mine, ins.stack_effect(arg, jump=True))
            assert mine == expected, (ins.name, oparg)


def test_argument_kinds_match_dis_lists():
    import opcode
    real = set(opcode.opmap.values())
    kinds = {"const": opcode.hasconst, "local": opcode.haslocal, "free": opcode.hasfree,
             "compare": opcode.hascompare}
    for kind, numbers in kinds.items():
        mine = {ins.number for ins in opcodes.INSTRUCTIONS if ins.arg == kind and ins.number < 237}
        assert mine == {n for n in numbers if n in real and n < 237}, kind


def test_interpreter_refuses_to_start_when_table_and_handlers_disagree(monkeypatch):
    from snakevm.interpreter.eval import Interpreter, HandlerTableMismatch
    Interpreter.check_handlers()
    monkeypatch.delattr(Interpreter, "op_NOP")
    with pytest.raises(HandlerTableMismatch):
        Interpreter()
