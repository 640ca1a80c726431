# category: code-crafting
# must: code.replace() checks field types and counts like CPython (TypeError/ValueError), never builds an inconsistent code object
# expect-stdout: co_code str TypeError
# expect-stdout: co_consts list TypeError
# expect-stdout: co_names non-str SystemError
# expect-stdout: co_varnames non-str SystemError
# expect-stdout: co_varnames str subclass SystemError
# expect-stdout: co_name int TypeError
# expect-stdout: co_qualname None TypeError
# expect-stdout: co_argcount -1 ValueError
# expect-stdout: co_argcount 5 ValueError
# expect-stdout: co_kwonlyargcount 3 ValueError
# expect-stdout: co_nlocals 7 ValueError
# expect-stdout: co_firstlineno -5 ValueError
# expect-stdout: co_flags -1 ValueError
# expect-stdout: co_flags 2**40 OverflowError
# expect-stdout: co_stacksize 2**40 OverflowError
# expect-stdout: co_exceptiontable str TypeError
# expect-stdout: co_linetable None TypeError
# expect-stdout: unknown keyword TypeError
# expect-stdout: positional argument TypeError
# expect-stdout: call with co_argcount 5 ValueError
import types

def f(a=None):
    return a

c = f.__code__

def attempt(label, fn):
    try:
        fn()
        print(label, "accepted")
    except Exception as e:
        print(label, type(e).__name__)

attempt("co_code str", lambda: c.replace(co_code="abc"))
attempt("co_consts list", lambda: c.replace(co_consts=[None]))
attempt("co_names non-str", lambda: c.replace(co_names=(1, 2)))
attempt("co_varnames non-str", lambda: c.replace(co_varnames=(5,)))
attempt("co_varnames str subclass", lambda: c.replace(co_varnames=(type('S', (str,), {})('a'),)))
attempt("co_name int", lambda: c.replace(co_name=5))
attempt("co_qualname None", lambda: c.replace(co_qualname=None))
attempt("co_argcount -1", lambda: c.replace(co_argcount=-1))
attempt("co_argcount 5", lambda: c.replace(co_argcount=5))
attempt("co_kwonlyargcount 3", lambda: c.replace(co_kwonlyargcount=3))
attempt("co_nlocals 7", lambda: c.replace(co_nlocals=7))
attempt("co_firstlineno -5", lambda: c.replace(co_firstlineno=-5))
attempt("co_flags -1", lambda: c.replace(co_flags=-1))
attempt("co_flags 2**40", lambda: c.replace(co_flags=2**40))
attempt("co_stacksize 2**40", lambda: c.replace(co_stacksize=2**40))
attempt("co_exceptiontable str", lambda: c.replace(co_exceptiontable="x"))
attempt("co_linetable None", lambda: c.replace(co_linetable=None))
attempt("unknown keyword", lambda: c.replace(co_bogus=1))
attempt("positional argument", lambda: c.replace(b''))
# if replace() accepted it, the call must still fail cleanly
attempt("call with co_argcount 5", lambda: types.FunctionType(c.replace(co_argcount=5), {})(1, 2, 3, 4, 5))
