# category: code-crafting
# must: code objects from marshal.loads with patched bytecode or header fields are refused when run, never crash
# expect-stdout: round trip ok 3
# expect-stdout: LOAD_CONST 200 SystemError
# expect-stdout: opcode 254 SystemError
# expect-stdout: RETURN_VALUE on empty stack SystemError
# expect-stdout: PUSH_NULL as value SystemError
# expect-stdout: STORE_NAME 99 SystemError
# expect-stdout: stacksize 0 SystemError
# expect-stdout: stacksize 2**31-1 SystemError
# expect-stdout: generator flags on module code ok 3
# expect-stdout: code length past the end EOFError
# expect-stdout: eval of patched code SystemError
import dis
import marshal
op = dis.opmap

src = compile("x = 1\ny = x + 2\n", "<m>", "exec")
data = marshal.dumps(src)
at = data.index(src.co_code)        # co_code bytes inside the marshal data

def attempt(label, patches):
    b = bytearray(data)
    for offset, value in patches:
        b[offset:offset + len(value)] = value
    try:
        ns = {}
        exec(marshal.loads(bytes(b)), ns)
        print(label, "ok", ns.get('y'))
    except Exception as e:
        print(label, type(e).__name__)

def u32(n):
    return n.to_bytes(4, 'little')

attempt("round trip", [])
attempt("LOAD_CONST 200", [(at + 2, bytes([op['LOAD_CONST'], 200]))])
attempt("opcode 254", [(at + 2, bytes([254, 0]))])
attempt("RETURN_VALUE on empty stack", [(at + 2, bytes([op['RETURN_VALUE'], 0]))])
attempt("PUSH_NULL as value", [(at + 2, bytes([op['PUSH_NULL'], 0]))])
attempt("STORE_NAME 99", [(at + 4, bytes([op['STORE_NAME'], 99]))])
attempt("stacksize 0", [(13, u32(0))])
attempt("stacksize 2**31-1", [(13, u32(2**31 - 1))])
attempt("generator flags on module code", [(17, u32(0x20))])
attempt("code length past the end", [(at - 4, u32(2**31 - 1))])
e = compile("x + 2", "<e>", "eval")
b = bytearray(marshal.dumps(e))
i = b.index(e.co_code)
b[i + 2:i + 4] = bytes([op['RETURN_VALUE'], 0])
try:
    print("eval of patched code ok", eval(marshal.loads(bytes(b)), {"x": 1}))
except Exception as e:
    print("eval of patched code", type(e).__name__)
