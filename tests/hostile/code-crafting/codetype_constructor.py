# category: code-crafting
# must: types.CodeType(...) builds code like CPython, rejects bad argument types, and crafted bytecode from it is refused when run
# expect-stdout: round trip ok True 4
# expect-stdout: no arguments TypeError
# expect-stdout: 15 arguments TypeError
# expect-stdout: co_code list TypeError
# expect-stdout: nlocals mismatch ValueError
# expect-stdout: negative argcount ValueError
# expect-stdout: names not tuple TypeError
# expect-stdout: filename bytes TypeError
# expect-stdout: crafted LOAD_CONST 9 SystemError
# expect-stdout: crafted empty code SystemError
# expect-stdout: crafted exec PUSH_NULL SystemError
# expect-stdout: crafted eval RETURN_VALUE empty SystemError
import dis
import types
op = dis.opmap

def f(a=None):
    return a

c = f.__code__
base = [c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize,
        c.co_flags, c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, c.co_name,
        c.co_qualname, c.co_firstlineno, c.co_linetable, c.co_exceptiontable, c.co_freevars,
        c.co_cellvars]

def make(**changes):
    args = list(base)
    names = ["argcount", "posonly", "kwonly", "nlocals", "stacksize", "flags", "code", "consts",
             "names", "varnames", "filename", "name", "qualname", "firstlineno", "linetable",
             "exceptiontable", "freevars", "cellvars"]
    for key, value in changes.items():
        args[names.index(key)] = value
    return types.CodeType(*args)

def attempt(label, fn):
    try:
        print(label, "ok", *fn())
    except Exception as e:
        print(label, type(e).__name__)

attempt("round trip", lambda: (make() == c, types.FunctionType(make(), {})(4)))
attempt("no arguments", lambda: (types.CodeType(),))
attempt("15 arguments", lambda: (types.CodeType(*base[:15]),))
attempt("co_code list", lambda: (make(code=list(c.co_code)),))
attempt("nlocals mismatch", lambda: (make(nlocals=9),))
attempt("negative argcount", lambda: (make(argcount=-2),))
attempt("names not tuple", lambda: (make(names=['x']),))
attempt("filename bytes", lambda: (make(filename=b'x.py'),))
attempt("crafted LOAD_CONST 9", lambda: (types.FunctionType(make(code=bytes([op['RESUME'], 0, op['LOAD_CONST'], 9,
                                                                             op['RETURN_VALUE'], 0])), {})(),))
attempt("crafted empty code", lambda: (types.FunctionType(make(code=b''), {})(),))
attempt("crafted exec PUSH_NULL", lambda: (exec(make(argcount=0, flags=0, code=bytes([
    op['RESUME'], 0, op['PUSH_NULL'], 0, op['RETURN_VALUE'], 0]))),))
attempt("crafted eval RETURN_VALUE empty", lambda: (eval(make(argcount=0, flags=0, code=bytes([
    op['RESUME'], 0, op['RETURN_VALUE'], 0]))),))
