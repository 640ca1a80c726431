# category: pyc-and-marshal
# must: .pyc files whose (nested) code objects carry invalid bytecode are refused with SystemError when their code runs, via runpy and SourcelessFileLoader
# expect-stdout: good run_path 42 loader 42
# expect-stdout: LOAD_CONST 99 run_path SystemError loader SystemError
# expect-stdout: empty stack return run_path SystemError loader SystemError
# expect-stdout: unknown opcode run_path SystemError loader SystemError
# expect-stdout: bad nested function: defined ok
# expect-stdout: bad nested function: call SystemError
# expect-stdout: bad exception table run_path SystemError loader SystemError
import dis
import importlib.machinery
import importlib.util
import marshal
import os
import runpy
import shutil
import tempfile

op = dis.opmap
d = tempfile.mkdtemp()
module = compile("X = 42\ndef f():\n    return X\n", "m", "exec")
func_code = [c for c in module.co_consts if hasattr(c, "co_code")][0]

def write(code):
    path = os.path.join(d, "m.pyc")
    with open(path, "wb") as f:
        f.write(importlib.util.MAGIC_NUMBER + b"\0" * 12 + marshal.dumps(code))
    return path

def run(label, code):
    path = write(code)
    out = [label]
    for route in ("run_path", "loader"):
        try:
            if route == "run_path":
                x = runpy.run_path(path)["X"]
            else:
                x = importlib.machinery.SourcelessFileLoader("m", path).load_module().X
            out += [route, str(x)]
        except Exception as e:
            out += [route, type(e).__name__]
    print(*out)

run("good", module)
run("LOAD_CONST 99", module.replace(co_code=bytes([op["RESUME"], 0, op["LOAD_CONST"], 99]) + module.co_code[4:]))
run("empty stack return", module.replace(co_code=bytes([op["RESUME"], 0, op["RETURN_VALUE"], 0]) + module.co_code[4:]))
run("unknown opcode", module.replace(co_code=bytes([op["RESUME"], 0, 250, 0]) + module.co_code[4:]))
bad_func = func_code.replace(co_code=bytes([op["RESUME"], 0, op["PUSH_NULL"], 0, op["RETURN_VALUE"], 0]))
data = marshal.dumps(module)
patched = data.replace(marshal.dumps(func_code.co_code), marshal.dumps(bad_func.co_code.ljust(len(func_code.co_code), b"\0")))
path = os.path.join(d, "m.pyc")
with open(path, "wb") as f:
    f.write(importlib.util.MAGIC_NUMBER + b"\0" * 12 + patched)
try:
    ns = runpy.run_path(path)
    print("bad nested function: defined ok")
    ns["f"]()
    print("bad nested function: call returned")
except Exception as e:
    print("bad nested function: call", type(e).__name__)
run("bad exception table", module.replace(co_exceptiontable=bytes([0x80 | 1, 60, 2, 0])))
shutil.rmtree(d)
