# dis: the standard disassembler running in the guest over snakevm's code objects (same text as CPython).
import dis
def f(a, b=2, *c, d, **e):
    x = a + b
    for i in c:
        if i:
            x += i
    try:
        return x.bit_length()
    except AttributeError:
        return None
dis.dis(f)
print(dis.stack_effect(dis.opmap["LOAD_CONST"], 0), dis.opname[100], dis.hasconst[:3], dis.code_info(f).splitlines()[:4])
print([i.opname for i in dis.get_instructions(lambda: 1)])
print(list(dis.findlinestarts(f.__code__))[:3], dis.Bytecode(f).first_line)
