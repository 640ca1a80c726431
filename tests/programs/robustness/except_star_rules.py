# except* rules: an except* clause may not name an exception group, a naked
# exception is wrapped in a (Base)ExceptionGroup, and exceptions raised in
# except* clauses come before the re-raised rest of the original group.


def run(label, source):
    try:
        exec(source, {})
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))


run("except* ExceptionGroup",
    "try:\n raise ValueError\nexcept* ExceptionGroup:\n pass")
run("except* BaseExceptionGroup",
    "try:\n raise ExceptionGroup('g', [ValueError()])\nexcept* BaseExceptionGroup:\n pass")
run("except* tuple with a group",
    "try:\n raise ValueError\nexcept* (KeyError, BaseExceptionGroup):\n pass")
run("except* subclass of ExceptionGroup",
    "class G(ExceptionGroup): pass\n"
    "try:\n raise ValueError\nexcept* G:\n pass")
run("except* KeyboardInterrupt",
    "try:\n raise KeyboardInterrupt('k')\nexcept* KeyboardInterrupt as g:\n"
    " print('handler', type(g).__name__, repr(g), g.exceptions)")
run("except* ValueError wraps",
    "try:\n raise ValueError(1)\nexcept* ValueError as g:\n print('handler', repr(g))")
run("except* no match",
    "try:\n raise ValueError(1)\nexcept* TypeError:\n pass")
run("raised before re-raised",
    "try:\n raise ExceptionGroup('g', [ValueError(), KeyError()])\n"
    "except* ValueError:\n raise TypeError('new')\nexcept* KeyError:\n raise")
run("two raised and a rest",
    "try:\n raise ExceptionGroup('g', [ValueError(), KeyError(), OSError()])\n"
    "except* ValueError:\n raise TypeError('t')\nexcept* KeyError:\n raise IndexError('i')")
run("base exception raised",
    "try:\n raise ExceptionGroup('g', [ValueError(), KeyError()])\n"
    "except* ValueError:\n raise KeyboardInterrupt('k')\nexcept* KeyError:\n raise")
