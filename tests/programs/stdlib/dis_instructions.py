# dis/_opcode: get_instructions, Bytecode, code_info, findlinestarts, co_positions and _opcode.stack_effect.
import _opcode
import dis
import opcode
import re


def f(a, b=2):
    """Doc."""
    c = a + b
    if c > 3:
        return [c, *b]
    return {"k": c}


for ins in dis.get_instructions(f):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), ins.argrepr, ins.offset,
          ins.starts_line, ins.is_jump_target, ins.positions)
print(dis.Bytecode(f).dis())
print(re.sub(r"0x[0-9a-f]+", "ADDR", dis.code_info(f)))
print(dis.code_info("x = 1"))
print(list(dis.findlinestarts(f.__code__)), dis.Bytecode(f).first_line)
print(dis.opname[100], dis.hasconst[:3], dis.hasjrel[:4], dis.haslocal[:3])
print(list(dis.findlabels(f.__code__.co_code)))
print(list(f.__code__.co_lines()))
print(list(f.__code__.co_positions())[:6])
print(type(f.__code__.co_lines()).__name__ != "list", type(f.__code__.co_positions()).__name__ != "list")

# _opcode as CPython 3.12 has it
print(sorted(n for n in dir(_opcode) if not n.startswith("__")), _opcode.__doc__)
print(_opcode.get_specialization_stats(), opcode.stack_effect is _opcode.stack_effect)
print(dis.stack_effect(opcode.opmap["BUILD_LIST"], 3),
      dis.stack_effect(opcode.opmap["FOR_ITER"], 1, jump=False),
      dis.stack_effect(opcode.opmap["SETUP_FINALLY"]),
      dis.stack_effect(opcode.opmap["SETUP_CLEANUP"], jump=False))
rows = []
for op in range(-1, 270):
    effects = []
    for oparg in (None, 0, 1, 3, 8, 256, -1):
        for jump in (None, True, False):
            try:
                args = (op,) if oparg is None else (op, oparg)
                effects.append(str(_opcode.stack_effect(*args, jump=jump)))
            except ValueError as e:
                effects.append("E" + str(e)[:18])
    rows.append("%d %s" % (op, " ".join(effects)))
print("\n".join(rows))
for args, kwargs in [(("x",), {}), ((1.0,), {}), ((2 ** 40,), {}), ((100, "x"), {}),
                     ((100, 2 ** 70), {}), ((102, True), {}), ((), {}), ((1, 2, 3), {}),
                     ((1,), {"oparg": 2}), ((93, 0), {"jump": 1})]:
    try:
        print(_opcode.stack_effect(*args, **kwargs))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    _opcode.get_specialization_stats(1)
except TypeError as e:
    print(type(e).__name__, e)
