# category: code-crafting
# must: unknown, CACHE, RESERVED and instrumented opcodes in co_code are refused, whatever the oparg
# expect-stdout: all 256 opcodes: invalid ones that ran [] other 0
# expect-stdout: opcode 0 (CACHE) SystemError
# expect-stdout: opcode 17 (RESERVED) SystemError
# expect-stdout: opcode 254 (INSTRUMENTED_LINE) SystemError
# expect-stdout: opcode 255 SystemError
# expect-stdout: opcode 230 SystemError
# expect-stdout: RESUME oparg 255 ok 1
import dis
op = dis.opmap

def f(x=None):
    return 1

ran = refused = other = 0
invalid_ran = []
for number in range(256):
    code = bytes([op['RESUME'], 0, number, 0, op['RETURN_CONST'], 1])
    try:
        g = type(f)(f.__code__.replace(co_code=code, co_stacksize=20), {})
    except Exception as e:
        other += 1
        continue
    name = dis.opname[number]
    invalid = name.startswith("<") or name in ("CACHE", "RESERVED") or name.startswith("INSTRUMENTED")
    try:
        g(None)
        ran += 1
    except SystemError:
        refused += 1
        continue
    except Exception:
        ran += 1
    if invalid:
        invalid_ran.append(number)
print("all 256 opcodes: invalid ones that ran", invalid_ran, "other", other)

for number in (0, 17, 254, 255, 230):
    code = bytes([op['RESUME'], 0, number, 7, op['RETURN_CONST'], 1])
    try:
        exec(f.__code__.replace(co_code=code))
        print("opcode", number, "ran")
    except Exception as e:
        name = dis.opname[number]
        print("opcode", number, type(e).__name__ if name.startswith("<") else "(%s) %s" % (name, type(e).__name__))
g = type(f)(f.__code__.replace(co_code=bytes([op['RESUME'], 255, op['RETURN_CONST'], 1])), {})
print("RESUME oparg 255 ok", g(None))
