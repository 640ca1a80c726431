"""The embedding API (snakevm.VM, docs/embedding.md): running guest code from a host
program, captured output, plain values in and out, guest exceptions formatted as
CPython prints them, limits, and several independent VMs in one process."""

import pytest

from snakevm import VM, ConversionError
from snakevm.limits import Limits


def test_run_source_with_stdin_and_captured_output():
    vm = VM(stdin="world\n", argv=["prog", "x"])
    result = vm.exec("import sys\nname = input()\nprint('hello', name, sys.argv)\n"
                     "print('oops', file=sys.stderr)")
    assert result.ok and result.stdout == "hello world ['prog', 'x']\n"
    assert result.stderr == "oops\n"
    assert vm.exec("print(1)").stdout == "1\n"          # output is per call
    assert vm.eval("len(name) * 2").value == 10
    assert vm.get("name") == "world"


def test_plain_values_both_ways():
    vm = VM()
    value = [None, True, 1, 2.5, 3j, "s", b"b", (1, [2]), {"k": {1: (2, 3)}}]
    vm.set("v", value)
    assert vm.eval("v").value == value
    assert vm.eval("type(v[7]).__name__, type(v[8]).__name__").value == ("tuple", "dict")
    assert vm.exec("def add(a, b): return a + b").ok
    assert vm.call("add", [1], [2]).value == [1, 2]
    with pytest.raises(ConversionError):
        vm.set("f", object())
    with pytest.raises(ConversionError):
        vm.set("s", {1, 2})
    with pytest.raises(ConversionError):
        vm.eval("object()")
    with pytest.raises(ConversionError):
        vm.get("add")


def test_own_globals():
    vm = VM()
    result = vm.exec("z = x + 1\nimport math\nw = math.floor(2.5)", globals={"x": 41})
    assert result.value == {"x": 41, "z": 42, "w": 2}      # math (a module) stays inside
    assert vm.exec("z").error.type_name == "NameError"     # __main__ untouched


def test_code_object_from_snakevm_compiler():
    from snakevm.compiler import compile_source
    vm = VM()
    code = compile_source("result = sum(range(10))\n", "<mine>", "exec")
    assert vm.exec(code).ok and vm.get("result") == 45


def test_guest_exception_formatted_like_cpython():
    vm = VM()
    vm.exec("def f():\n    return 1 / 0\n", filename="mod.py")
    result = vm.exec("f()")
    assert result.error.type_name == "ZeroDivisionError"
    assert result.error.message == "division by zero"
    assert result.error.traceback == (
        "Traceback (most recent call last):\n"
        '  File "<string>", line 1, in <module>\n'
        '  File "mod.py", line 2, in f\n'
        "ZeroDivisionError: division by zero\n")
    syntax = vm.exec("x = (")
    assert syntax.error.type_name == "SyntaxError"
    assert syntax.error.traceback.endswith("SyntaxError: '(' was never closed\n")
    stop = vm.exec("raise SystemExit(7)")
    assert stop.exit_status == 7 and stop.error.type_name == "SystemExit"
    custom = vm.exec("class Oops(Exception): pass\nraise Oops('x')")
    assert custom.error.type_name == "__main__.Oops"


def test_two_vms_do_not_share_guest_state():
    a, b = VM(), VM()
    a.exec("import sys, builtins, json, codecs\n"
           "sys.setrecursionlimit(80)\nbuiltins.shared = 'a'\nx = 1\n"
           "codecs.register(lambda name: None)\nsys.path.append('/only/in/a')")
    assert b.eval("'json' in __import__('sys').modules").value is False
    assert b.exec("shared").error.type_name == "NameError"
    assert b.exec("x").error.type_name == "NameError"
    assert b.eval("__import__('sys').getrecursionlimit()").value == 1000
    assert b.eval("'/only/in/a' in __import__('sys').path").value is False
    assert a.eval("__import__('sys').getrecursionlimit(), shared").value == (80, "a")
    deep = "def f(n):\n    return f(n + 1) if n < 500 else n\nf(0)"
    assert a.exec(deep).error.type_name == "RecursionError"     # a's limit
    assert b.exec(deep).ok                                      # b's depth and limit


def test_suspended_generator_survives_other_vms():
    a, b = VM(), VM()
    a.exec("def gen():\n    try:\n        yield 1\n        yield 2\n    finally:\n"
           "        print('closed')\ng = gen()\nfirst = next(g)")
    b.exec("def gen():\n    yield 'b'\ng = gen()\nnext(g)")
    assert a.eval("next(g)").value == 2
    assert a.exec("del g").stdout == "closed\n"


def test_exception_state_is_per_vm():
    a, b = VM(), VM()
    a.exec("import sys\ntry:\n    1/0\nexcept ZeroDivisionError:\n"
           "    b_sees = None\n    inside = sys.exception()\n")
    assert b.eval("__import__('sys').exception()").value is None


def test_limits_per_call_and_sandbox():
    vm = VM(limits=Limits(instructions=10_000))
    result = vm.exec("while True: pass")
    assert result.error.type_name == "snakevm.ResourceLimitExceeded"
    assert "instruction limit" in result.error.traceback or "instructions" in \
        result.error.traceback
    assert vm.exec("print(sum(range(10)))").stdout == "45\n"       # a new call, a new budget
    box = VM(sandbox=True)
    assert box.exec("open('/etc/passwd')").error.type_name == "PermissionError"
    assert box.exec("import socket").error is not None
    plain = VM()
    assert plain.exec("import os; os.getcwd()").ok                  # the sandbox is box's


def test_close_runs_atexit_and_finalizers():
    vm = VM()
    vm.exec("import atexit\natexit.register(print, 'bye')\n"
            "class C:\n    def __del__(self): print('del')\nc = C()\nc.me = c\n")
    result = vm.close()
    assert result.stdout.split() == ["bye", "del"]
    with pytest.raises(RuntimeError):
        vm.exec("1")
    with VM() as other:
        assert other.eval("6 * 7").value == 42


def test_vms_do_not_nest():
    vm = VM()
    vm.exec("x = 1")
    inner = VM()
    from snakevm import vm as vm_module
    vm_module._running.vm = vm             # as if a host callback ran while vm runs
    try:
        with pytest.raises(RuntimeError):
            inner.exec("1")
    finally:
        vm_module._running.vm = None


def test_host_exceptions_become_each_vms_own_classes():
    a, b = VM(), VM()
    catch = ("import binascii\ntry:\n    binascii.a2b_base64(b'a')\n"
             "except binascii.Error as e:\n    caught = type(e).__name__\n")
    assert a.exec(catch).ok
    assert b.exec(catch).ok                 # b's binascii.Error class now exists too
    assert a.exec(catch).ok and a.get("caught") == "Error"
