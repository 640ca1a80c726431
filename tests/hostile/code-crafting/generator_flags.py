# category: code-crafting
# must: generator/coroutine flags that disagree with the bytecode are refused or behave, never crash
# expect-stdout: RETURN_GENERATOR without flag: SystemError
# expect-stdout: generator flag cleared SystemError
# expect-stdout: 0x80 coroutine 1
# expect-stdout: 0x100 SystemError
# expect-stdout: 0x200 async_generator 1
# expect-stdout: 0x2a0 coroutine 1
# expect-stdout: YIELD_VALUE in plain function 1
# expect-stdout: generator with empty stack return SystemError
# expect-stdout: closed generator ok
# expect-stdout: generator flag without RETURN_GENERATOR SystemError
import dis
op = dis.opmap

def f(x=None):
    return 1

def gen():
    yield 1

plain = gen.__code__.co_flags & ~0x20
g = type(f)(f.__code__.replace(co_code=bytes([op['RESUME'], 0, op['RETURN_GENERATOR'], 0,
                                             op['RETURN_CONST'], 1]), co_stacksize=0), {})
try:
    it = g(None)
    next(it)
except StopIteration as e:
    print("RETURN_GENERATOR without flag:", type(it).__name__, "stop", e.value)
except SystemError:                 # the verifier refuses it
    print("RETURN_GENERATOR without flag: SystemError")

def attempt(label, **kw):
    try:
        h = type(f)(gen.__code__.replace(**kw), {})
        r = h()
        print(label, type(r).__name__, r.send(None) if hasattr(r, 'send') else r.asend(None).send(None))
    except StopIteration as e:
        print(label, "StopIteration", e.value)
    except Exception as e:
        print(label, type(e).__name__)

attempt("generator flag cleared", co_flags=plain)
for flag in (0x80, 0x100, 0x200):
    attempt(hex(flag), co_flags=plain | flag)
# several generator flags at once
attempt("0x2a0", co_flags=plain | 0x2a0)
try:
    h = type(f)(f.__code__.replace(co_code=bytes([op['RESUME'], 0, op['LOAD_CONST'], 1, op['YIELD_VALUE'], 0,
                                                 op['RETURN_VALUE'], 0]), co_stacksize=2), {})
    print("YIELD_VALUE in plain function", h(None))
except Exception as e:
    print("YIELD_VALUE in plain function", type(e).__name__)
attempt("generator with empty stack return", co_exceptiontable=b'',
        co_code=bytes([op['RETURN_GENERATOR'], 0, op['POP_TOP'], 0, op['RESUME'], 0, op['RETURN_VALUE'], 0]))
r = gen()
r.close()
print("closed generator ok" if list(r) == [] else "closed generator wrong")
# generator-flagged code without RETURN_GENERATOR: the stack is empty at POP_TOP
attempt("generator flag without RETURN_GENERATOR", co_exceptiontable=b'',
        co_code=bytes([op['RESUME'], 0, op['POP_TOP'], 0, op['RETURN_CONST'], 0]))
