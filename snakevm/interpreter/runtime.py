"""Wiring the interpreter into the object space: the single Interpreter,
the call hook, and the frame-dependent built-ins (__build_class__, globals,
locals, eval/exec/compile, zero-argument super, __import__)."""

from snakevm import config as run_config
from snakevm import opcodes
from snakevm.compiler import compile_source
from snakevm.objspace.root import OperationError, W_Root, own_tuple
from snakevm.objspace.space import space
from snakevm.objspace.typeobject import MISSING, W_TypeObject, w_type_type
from snakevm.objspace.functionobject import W_Function
from snakevm.interpreter import compilewarnings, state
from snakevm.objspace.typecall import calculate_metaclass
from snakevm.objspace.functionobject import W_Cell

_interpreter = None


def interpreter():
    global _interpreter
    if _interpreter is None:
        from snakevm.objspace import load_all
        load_all()
        from snakevm.interpreter.eval import Interpreter
        _interpreter = Interpreter()
        space.call_function_hook = _interpreter.call_hook
        space.build_class_hook = build_class
        space.globals_hook = lambda: state.current_frame.w_globals
        space.locals_hook = current_locals
        space.eval_hook = eval_or_exec
        space.compile_hook = compile_builtin
        space.import_hook = import_module
        space.current_module_name_hook = current_module_name
        import snakevm.interpreter.functiontypes  # noqa: F401  (function/method guest methods)
    return _interpreter


def current_module_name():
    f = state.current_frame
    if f is None:
        return None
    w_name = f.w_globals.storage.get("__name__")
    return w_name if isinstance(w_name, str) else None


def current_locals():
    from snakevm.interpreter.frame import w_frame_type
    f = state.current_frame
    return space.getattr(f, "f_locals")


def build_class(w_func, name, bases_w, kwargs_w):
    """builtins.__build_class__: metaclass, __prepare__, run the body, create the class."""
    if not isinstance(w_func, W_Function):
        raise space.type_error("__build_class__: func must be a function")
    if not isinstance(name, str):
        raise space.type_error("__build_class__: name is not a string")
    kwargs_w = dict(kwargs_w or {})
    orig_bases_w = list(bases_w)
    bases_w = _resolve_mro_entries(bases_w)
    w_meta = kwargs_w.pop("metaclass", None)
    is_class = True
    if w_meta is None:
        w_meta = space.type(bases_w[0]) if bases_w else w_type_type
    else:
        is_class = isinstance(w_meta, W_TypeObject)
    if is_class:
        w_meta = calculate_metaclass(w_meta, bases_w)
    w_prepare = space.findattr(w_meta, "__prepare__")
    if w_prepare is not None:
        w_ns = space.call(w_prepare, [name, space.newtuple(bases_w)], kwargs_w)
    else:
        w_ns = space.newdict()
    if space.findattr(w_ns, "__getitem__") is None:
        raise space.type_error("%s.__prepare__() must return a mapping, not %s"
                               % (w_meta.name if is_class else "<metaclass>",
                                  space.type(w_ns).name))
    w_cell = run_class_body(w_func, w_ns)
    if orig_bases_w != bases_w:
        space.setitem(w_ns, "__orig_bases__", space.newtuple(orig_bases_w))
    w_cls = space.call(w_meta, [name, space.newtuple(bases_w), w_ns], kwargs_w)
    if isinstance(w_cell, W_Cell) and isinstance(w_cls, W_TypeObject):
        if w_cell.empty or w_cell.w_value is not w_cls:
            if w_cell.empty:
                w_cell.w_value = w_cls
                w_cell.empty = False
            else:
                raise space.type_error("__class__ set to %s defining %r as %s" % (
                    space.repr(w_cell.w_value), name, space.repr(w_cls)))
    return w_cls


def _resolve_mro_entries(bases_w):
    result = []
    for w_base in bases_w:
        if isinstance(w_base, W_TypeObject):
            result.append(w_base)
            continue
        w_entries = space.findattr(w_base, "__mro_entries__")
        if w_entries is None:
            result.append(w_base)
            continue
        result.extend(space.unpack_iterable(space.call(w_entries, [space.newtuple(bases_w)])))
    return result


def run_class_body(w_func, w_ns):
    from snakevm.interpreter.frame import Frame
    from snakevm.interpreter.eval import builtins_of
    interp = interpreter()
    f = Frame(w_func.code, w_func.w_globals, builtins_of(w_func.w_globals), w_ns, w_func)
    state.depth += 1
    try:
        kind, w_result = interp.execute(f)
    finally:
        state.depth -= 1
    return w_result


def current_builtins():
    """CPython's PyEval_GetBuiltins: the running frame's builtins dict, or the
    builtins module's when no guest frame runs.  exec() and the import system put
    it in a namespace that lacks __builtins__ (a dict there; only __main__ holds
    the module itself)."""
    frame = state.current_frame
    if frame is not None:
        return frame.w_builtins
    return space.builtins_module().w_dict


def run_code(code, w_globals, w_locals=None, closure_w=None):
    """Execute a module-level (or eval/exec) code object in the given namespaces."""
    from snakevm.interpreter.frame import Frame
    from snakevm.interpreter.eval import builtins_of
    interp = interpreter()
    if w_globals.storage.get("__builtins__", MISSING) is MISSING:
        w_globals.storage["__builtins__"] = current_builtins()
    f = Frame(code, w_globals, builtins_of(w_globals),
              w_locals if w_locals is not None else w_globals)
    if len(closure_w or ()) != len(code.co_freevars):
        raise space.type_error("code object requires a closure of exactly length %d"
                               % len(code.co_freevars))
    if closure_w:
        f.closure_w = own_tuple(closure_w)
    if code.parameter_count:
        # a function's code run by exec/eval is called with no arguments, like CPython
        from snakevm.interpreter.arguments import bind_arguments
        bind_arguments(W_Function(code, w_globals, code.co_name, code.co_qualname), [], None,
                       f.fast)
    state.depth += 1
    try:
        kind, w_result = interp.execute(f)
    finally:
        state.depth -= 1
    return w_result


_FUTURE_FLAGS = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | \
    0x1000000
_COMPILE_FLAGS = 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000 | 0x10 | 0x800
PyCF_ONLY_AST = 0x400


def compile_builtin(source, filename, mode, flags, optimize, feature_version=-1):
    """builtins.compile: source text, or a guest AST (snakevm/module/_astmodule.py)."""
    from snakevm.objspace.codeobject import guest_code, W_Code
    from snakevm.objspace.bridge import host_buffer, to_host_arg
    from snakevm.module import _astmodule
    if not isinstance(mode, str):
        raise space.type_error("compile() argument 'mode' must be str, not %s"
                               % ("None" if mode is None else space.type(mode).name))
    if isinstance(source, W_Code):
        raise space.type_error("compile() arg 1 must be a string, bytes or AST object")
    if not all(-2 ** 31 <= n < 2 ** 31 for n in (flags, optimize, feature_version)):
        raise space.error(space.builtin_exception("OverflowError"),
                          "Python int too large to convert to C int")
    if flags & ~(_FUTURE_FLAGS | _COMPILE_FLAGS):
        raise space.value_error("compile(): unrecognised flags")
    if optimize < -1 or optimize > 2:
        raise space.value_error("compile(): invalid optimize value")
    if optimize == -1:
        optimize = run_config.current.optimize          # (a guest AST is compiled too)
    filename = _filename(filename)
    only_ast = bool(flags & PyCF_ONLY_AST)
    if mode not in ("exec", "eval", "single", "func_type"):
        raise space.value_error("compile() mode must be 'exec', 'eval', 'single' or "
                                "'func_type'" if only_ast else
                                "compile() mode must be 'exec', 'eval' or 'single'")
    if mode == "func_type" and not only_ast:
        raise space.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST")
    if isinstance(source, W_Root) and _astmodule.is_guest_ast(source):
        if only_ast:
            return source
        code = _astmodule.compile_guest_tree(source, filename, mode, flags, optimize)
        return guest_code(code)
    text = to_host_arg(source) if isinstance(source, W_Root) else source
    if not isinstance(text, str):
        text = host_buffer(source)
        if text is None:
            raise space.type_error("compile() arg 1 must be a string, bytes or AST object")
        text = bytes(text)
    if only_ast:
        return _parse_to_guest_ast(text, filename, mode, flags, feature_version)
    return guest_code(compile_for_guest(text, filename, mode, flags, optimize))


def compile_for_guest(source, filename, mode, flags=0, optimize=-1):
    """snakevm's compiler with its errors as guest exceptions (a SyntaxError, or
    the ValueError of a 3.11 host's parser for null bytes); optimize -1: the run's
    -O level."""
    if optimize == -1:
        optimize = run_config.current.optimize
    try:
        return compilewarnings.compile_issuing(
            lambda: compile_source(source, filename, mode, flags, optimize))
    except SyntaxError as e:
        raise guest_syntax_error(e)
    except UnicodeError as e:           # a lone surrogate in str source: its 5 arguments
        raise OperationError(space.call(space.builtin_exception(type(e).__name__),
                                        list(e.args)))
    except ValueError as e:
        raise space.error(space.builtin_exception(type(e).__name__), str(e))


def _filename(w_filename):
    """compile()'s filename argument: str, bytes or os.PathLike, as a host str."""
    from snakevm.objspace.bridge import to_host_arg
    value = to_host_arg(w_filename)
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogateescape")
    w_fspath = space.type(w_filename).lookup("__fspath__")
    if w_fspath is None:
        raise space.type_error("expected str, bytes or os.PathLike object, not %s"
                               % space.type(w_filename).name)
    return _filename(space.call(space.get(w_fspath, w_filename), []))


def _parse_to_guest_ast(text, filename, mode, flags, feature_version):
    import ast as host_ast
    from snakevm.module import _astmodule
    try:
        tree = host_ast.parse(text, filename, mode,
                              type_comments=bool(flags & 0x1000),
                              feature_version=feature_version if feature_version >= 0
                              else None)
    except SyntaxError as e:
        raise guest_syntax_error(e)
    except ValueError as e:
        raise space.error(space.builtin_exception(type(e).__name__), str(e))
    return _astmodule.to_guest_tree(tree)


def guest_syntax_error(e):
    w_exc = space.call(space.builtin_exception(type(e).__name__ if type(e).__name__ in (
        "SyntaxError", "IndentationError", "TabError") else "SyntaxError"),
        [e.msg, space.newtuple([e.filename, e.lineno, e.offset, e.text, e.end_lineno,
                                e.end_offset])])
    return OperationError(w_exc)


def eval_or_exec(w_source, w_globals, w_locals, mode, w_closure=None):
    from snakevm.objspace.codeobject import W_Code
    f = state.current_frame
    if w_globals is None:
        w_globals = f.w_globals
        if w_locals is None:
            w_locals = space.getattr(f, "f_locals") if f.w_locals is None else f.w_locals
    elif w_locals is None:
        w_locals = w_globals
    if not hasattr(w_globals, "storage"):
        raise space.type_error("%s() globals must be a dict, not %s"
                               % (mode, space.type(w_globals).name))
    closure_w = None
    if isinstance(w_source, W_Code):
        code = w_source.code
        if mode == "eval" and code.co_freevars:
            raise space.type_error("code object passed to eval() may not contain free variables")
        closure_w = _exec_closure(code, w_closure)
    elif w_closure is not None:
        raise space.type_error("closure can only be used when source is a code object")
    else:
        source = w_source                 # bytes: the tokenizer handles BOM and coding cookie
        if getattr(source, "scalar_layout", False):
            source = source.value
        if not isinstance(source, (str, bytes)):
            from snakevm.objspace.bridge import host_buffer     # bytes-like sources
            buffer = host_buffer(source)
            if buffer is None:
                raise space.type_error("%s() arg 1 must be a string, bytes or code object"
                                       % mode)
            source = bytes(buffer)
        if mode == "eval":
            source = source.lstrip(" \t" if isinstance(source, str) else b" \t")
        code = compile_builtin(source, "<string>", mode, 0, -1).code
    return run_code(code, w_globals, w_locals, closure_w)


def _exec_closure(code, w_closure):
    """exec()'s closure argument: a tuple of exactly len(co_freevars) cells."""
    from snakevm.objspace.functionobject import W_Cell
    from snakevm.objspace.tupleobject import W_Tuple
    count = len(code.co_freevars)
    if w_closure is None:
        if count:
            raise space.type_error("code object requires a closure of exactly length %d"
                                   % count)
        return None
    if not count:
        raise space.type_error("cannot use a closure with this code object")
    if not isinstance(w_closure, W_Tuple) or len(w_closure.items_w) != count:
        raise space.type_error("code object requires a closure of exactly length %d" % count)
    for w_cell in w_closure.items_w:
        if not isinstance(w_cell, W_Cell):
            raise space.type_error("closure can only contain cells")
    return list(w_closure.items_w)


def import_module(name, w_globals, w_locals, w_fromlist, level):
    """builtins.__import__ (the import system lives in snakevm/importing)."""
    from snakevm.importing import import_module as do_import
    return do_import(name, w_globals, w_locals, w_fromlist, level)


def zero_arg_super():
    """super() with no arguments: __class__ cell and first argument of the caller."""
    f = state.current_frame
    code = f.code
    if code.co_argcount == 0 and not code.co_flags & opcodes.CO_VARARGS:
        raise space.error(space.builtin_exception("RuntimeError"), "super(): no arguments")
    w_obj = f.fast[0]
    from snakevm.objspace.functionobject import W_Cell
    from snakevm.interpreter.frame import UNBOUND
    if isinstance(w_obj, W_Cell) and code.co_localspluskinds[0] & opcodes.CO_FAST_CELL:
        w_obj = UNBOUND if w_obj.empty else w_obj.w_value
    if w_obj is UNBOUND:
        raise space.error(space.builtin_exception("RuntimeError"), "super(): arg[0] deleted")
    try:
        index = code.co_localsplusnames.index("__class__")
    except ValueError:
        raise space.error(space.builtin_exception("RuntimeError"),
                          "super(): __class__ cell not found")
    w_cell = f.fast[index]
    if not isinstance(w_cell, W_Cell) or w_cell.empty:
        raise space.error(space.builtin_exception("RuntimeError"), "super(): empty __class__ cell")
    return w_cell.w_value, w_obj
