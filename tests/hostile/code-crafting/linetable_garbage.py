# category: code-crafting
# must: garbage co_linetable never breaks line-number lookup (co_lines, co_positions, tracebacks, tb_lineno, dis)
# expect-stdout: b'' lines:ok positions:ok call:ZeroDivisionError tb:RuntimeError dis:ok lineno:ok
# expect-stdout: b'\xff' lines:ok positions:ok call:ZeroDivisionError tb:ok dis:ok lineno:ok
# expect-stdout: b'\xff\xff\xff\xff' lines:ok positions:ok call:ZeroDivisionError tb:ok dis:ok lineno:ok
# expect-stdout: b'\x00\x01\x02\x03' lines:ok positions:ok call:ZeroDivisionError tb:ok dis:ok lineno:ok
# expect-stdout: b'\xf8\x7f\x7f\x7f' lines:ok positions:ok call:ZeroDivisionError tb:ok dis:ok lineno:ok
# expect-stdout: b'\x80\x00' lines:ok positions:ok call:ZeroDivisionError tb:RuntimeError dis:ok lineno:ok
# expect-stdout: b'\x80' lines:ok positions:ok call:ZeroDivisionError tb:RuntimeError dis:ok lineno:ok
# expect-stdout: b'\xe8\xe8\xe8' lines:ok positions:ok call:ZeroDivisionError tb:RuntimeError dis:ok lineno:ok
# expect-stdout: b'\xf0\x01' lines:ok positions:ok call:ZeroDivisionError tb:RuntimeError dis:ok lineno:ok
import dis
import io
import traceback
import types

def f(a=None):
    return 1 // a

# (CPython 3.12 raises RuntimeError from traceback formatting when the table ends early)
for table in [b'', b'\xff', b'\xff' * 40, bytes(range(256)), b'\xf8\x7f\x7f\x7f\x7f\x7f', b'\x80\x00',
              b'\x80', b'\xe8' * 3, b'\xf0\x01']:
    g = types.FunctionType(f.__code__.replace(co_linetable=table), {})
    out = []
    for what in ("lines", "positions", "call", "tb", "dis", "lineno"):
        try:
            if what == "lines":
                list(g.__code__.co_lines())
            elif what == "positions":
                list(g.__code__.co_positions())
            elif what == "call":
                g(0)
            elif what == "dis":
                dis.dis(g, file=io.StringIO())
            else:
                try:
                    g(0)
                except ZeroDivisionError as e:
                    if what == "tb":
                        traceback.format_exc()
                    else:
                        e.__traceback__.tb_next.tb_lineno
            out.append(what + ":ok")
        except Exception as e:
            out.append(what + ":" + type(e).__name__)
    print(table[:4], *out)
