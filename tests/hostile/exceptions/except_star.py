# category: exceptions
# must: except* edge cases (naked exceptions, groups as match type, raising and re-raising inside) match CPython
# oracle: cpython
import traceback

def run(label, fn):
    try:
        fn()
        print(label, "no exception")
    except BaseException as e:
        desc = type(e).__name__
        if isinstance(e, BaseExceptionGroup):
            desc += str([type(x).__name__ for x in e.exceptions])
        print(label, "->", desc)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("  naked wrapped", type(eg).__name__, [str(x) for x in eg.exceptions])
run("naked", naked)

def unmatched():
    try:
        raise ExceptionGroup("g", [ValueError(), KeyError()])
    except* ValueError:
        pass
run("unmatched part re-raised", unmatched)

def group_type():
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
run("except* ExceptionGroup", group_type)

def group_in_tuple():
    try:
        raise ValueError
    except* (KeyError, BaseExceptionGroup):
        pass
run("except* tuple with group", group_in_tuple)

def non_class():
    try:
        raise ValueError
    except* 5:
        pass
run("except* int", non_class)

def raise_inside():
    try:
        raise ExceptionGroup("g", [ValueError(), KeyError()])
    except* ValueError:
        raise TypeError("new")
    except* KeyError:
        raise
run("raise inside", raise_inside)

def bare_raise_keeps():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise
run("bare reraise", bare_raise_keeps)

def multiple_clauses():
    hits = []
    try:
        raise ExceptionGroup("g", [ValueError(), KeyError(), OSError()])
    except* ValueError:
        hits.append("V")
    except* (KeyError, OSError) as eg:
        hits.append(len(eg.exceptions))
    print("  hits", hits)
run("multiple", multiple_clauses)

def base_exc():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as eg:
        print("  base wrapped", type(eg).__name__)
run("base", base_exc)

def return_in_star():
    for i in range(1):
        try:
            raise ValueError
        except* ValueError:
            pass
    return "ok"
run("loop", return_in_star)
for src in ["try:\n pass\nexcept* ValueError:\n return 1\n", "for x in []:\n try: pass\n except* E:\n  break\n",
            "try:\n pass\nexcept*:\n pass\n", "try:\n pass\nexcept* E:\n pass\nexcept E:\n pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        raise TypeError("t")
except ExceptionGroup as e:
    print("context of new", type(e.exceptions[0].__context__).__name__)
    print("format lines", len(traceback.format_exception(e)) > 3)
