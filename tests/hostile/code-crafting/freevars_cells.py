# category: code-crafting
# must: cell/free variable opcodes on non-cells, and closures of the wrong size, are refused
# expect-stdout: assign code with freevar to plain function ValueError
# expect-stdout: assign plain code to closure ValueError
# expect-stdout: FunctionType closure too short ValueError
# expect-stdout: FunctionType closure of non-cells TypeError
# expect-stdout: FunctionType closure missing TypeError
# expect-stdout: LOAD_DEREF on a plain local SystemError
# expect-stdout: STORE_DEREF on a plain local SystemError
# expect-stdout: MAKE_CELL on a plain local SystemError
# expect-stdout: LOAD_DEREF past the end SystemError
# expect-stdout: replace co_freevars then call TypeError
# expect-stdout: exec code with free vars TypeError
# expect-stdout: eval code with free vars TypeError
# expect-stdout: exec closure= TypeError
# expect-stdout: call after bad assignment ok 1
import dis
op = dis.opmap

def outer():
    y = 5
    def inner(a=None):
        return y
    return inner

inner = outer()
def plain(a=None):
    return 1
def fresh(a=None):
    return 1

def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except Exception as e:
        print(label, type(e).__name__)

def assign(fn, code):
    fn.__code__ = code
attempt("assign code with freevar to plain function", lambda: assign(plain, inner.__code__))
attempt("assign plain code to closure", lambda: assign(outer(), plain.__code__))
cell = inner.__closure__[0]
attempt("FunctionType closure too short", lambda: type(inner)(inner.__code__, {}, None, None, ())())
attempt("FunctionType closure of non-cells", lambda: type(inner)(inner.__code__, {}, None, None, (5,))())
attempt("FunctionType closure missing", lambda: type(inner)(inner.__code__, {})())

def crafted(code_bytes, **kw):
    return type(fresh)(fresh.__code__.replace(co_code=bytes(code_bytes), co_stacksize=2, **kw), {})(None)
attempt("LOAD_DEREF on a plain local", lambda: crafted([op['RESUME'], 0, op['LOAD_DEREF'], 0, op['RETURN_VALUE'], 0]))
attempt("STORE_DEREF on a plain local", lambda: crafted([op['RESUME'], 0, op['LOAD_CONST'], 1, op['STORE_DEREF'], 0,
                                                         op['RETURN_CONST'], 0]))
attempt("MAKE_CELL on a plain local", lambda: crafted([op['MAKE_CELL'], 0, op['RESUME'], 0, op['RETURN_CONST'], 0]))
attempt("LOAD_DEREF past the end", lambda: crafted([op['RESUME'], 0, op['LOAD_DEREF'], 9, op['RETURN_VALUE'], 0]))
attempt("replace co_freevars then call", lambda: type(fresh)(fresh.__code__.replace(co_freevars=('q',)), {})())
attempt("exec code with free vars", lambda: exec(inner.__code__))
attempt("eval code with free vars", lambda: eval(inner.__code__))
attempt("exec closure=", lambda: exec(inner.__code__.replace(co_flags=0), {}, None, closure=(cell,)) or 5)
attempt("call after bad assignment", plain)
