# Code and cell objects: co_* attributes, co_consts contents, co_flags bits, cells created and compared.
def sample(a, b=1, *args, c, **kwargs):
    local = a + b
    text = "const string"

    def closure():
        return local

    return closure


co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars)
print("const string" in co.co_consts, co.co_firstlineno, co.co_filename == __file__)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20), bool(co.co_flags & 0x80))
print(type(co.co_code).__name__, len(co.co_code) % 2, co.co_stacksize > 0, type(co.co_linetable).__name__)
closure = sample(1, c=2)
cell = closure.__closure__[0]
print(type(cell).__name__, cell.cell_contents, closure.__code__.co_freevars)


def gen():
    yield


async def coro():
    pass


print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80))
lines = [ln for _, _, ln in sample.__code__.co_lines() if ln is not None]
print(min(lines) == co.co_firstlineno, max(lines) - co.co_firstlineno)
c2 = compile("x = 1\ny = x + 2", "<generated>", "exec")
print(c2.co_name, c2.co_filename, c2.co_names, type(c2).__name__)
ns = {}
exec(c2, ns)
print(ns["y"])
ce = compile("1 + 2", "<expr>", "eval")
print(eval(ce), ce.co_consts)
renamed = co.replace(co_name="renamed")
print(renamed.co_name, co.co_name, renamed == co)
CellType = type(cell)
c3 = CellType(5)
c4 = CellType()
print(c3.cell_contents, c3 == CellType(5), c3 < CellType(6))
try:
    c4.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
c4.cell_contents = "filled"
print(c4.cell_contents)
del c4.cell_contents
print(repr(c4).startswith("<cell at 0x"), repr(c4).endswith("empty>"))
print(repr(co).startswith("<code object sample at 0x"), hash(co) == hash(co))
