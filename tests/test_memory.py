"""snakevm's memory manager (snakevm/memory): the host's cyclic collector is off
and never frees guest garbage, cycle churn keeps memory flat, every object
enumerates exactly what it holds, and the collector's arithmetic is sound.
The guest-visible behaviour (finalization timing, weakrefs, the gc module) is
tested differentially by tests/programs/memory/."""

import os
import pathlib
import subprocess
import sys
import textwrap

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "programs"


def _run_host(code, timeout=300):
    """Run host code (that drives snakevm) in a fresh process; returns stdout."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, timeout=timeout,
                            capture_output=True, text=True, cwd=str(ROOT))
    assert result.returncode == 0, result.stderr
    return result.stdout


CHURN = '''
import gc
class Node:
    pass
for i in range(%d):
    a = Node(); b = Node()
    a.other = b; b.other = a
    l = [a]; l.append(l)
print(gc.get_stats()[0]["collections"] > 0)
'''


def test_host_collector_is_off_and_never_runs(tmp_path):
    program = tmp_path / "churn.py"
    program.write_text(CHURN % 5000)
    out = _run_host('''
        import gc, sys
        from snakevm import runner
        from snakevm.memory import collector
        seen = []
        original = collector.collect
        def spy(heap, generation):
            seen.append(gc.isenabled())
            return original(heap, generation)
        collector.collect = spy
        before = [s["collections"] for s in gc.get_stats()]
        runner.run_path(sys.argv[1] if len(sys.argv) > 1 else %r, ["churn"])
        after = [s["collections"] for s in gc.get_stats()]
        print("host enabled during collections:", any(seen), "collections:", len(seen) > 0)
        print("host collections during the run:", [b - a for a, b in zip(before, after)])
        print("accounting errors:", collector.accounting_errors)
    ''' % str(program))
    assert "host enabled during collections: False collections: True" in out
    assert "host collections during the run: [0, 0, 0]" in out
    assert "accounting errors: []" in out


def _peak_kb(iterations, tmp_path):
    program = tmp_path / ("churn%d.py" % iterations)
    program.write_text(CHURN % iterations + textwrap.dedent('''
        import resource
        print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    '''))
    result = subprocess.run([sys.executable, "-m", "snakevm", str(program)], capture_output=True,
                            text=True, cwd=str(ROOT), timeout=600)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split("peak")[1])


def test_cycle_churn_keeps_peak_memory_flat(tmp_path):
    # 5 tracked objects per iteration, all of them cyclic garbage: 50 000 vs 250 000 objects
    small, large = _peak_kb(10000, tmp_path), _peak_kb(50000, tmp_path)
    assert large < small * 1.10 + 2048, (small, large)


EXACTNESS_PROGRAMS = ["memory/generators_in_cycles.py", "memory/weakref_containers.py",
                      "stdlib/dataclasses_fields.py", "stdlib/re_match_objects.py",
                      "objects/set_type.py", "interp/smoke_generators.py",
                      "objects/function_attrs.py", "objects/dict_views.py",
                      "interp/smoke_functions.py"]


@pytest.mark.parametrize("name", [p for p in EXACTNESS_PROGRAMS if (PROGRAMS / p).exists()])
def test_no_object_enumerates_what_it_does_not_hold(name):
    """Over-enumeration would make the collector free live objects."""
    out = _run_host('''
        from snakevm.memory import audit
        audit.main([%r])
    ''' % str(PROGRAMS / name))
    wrong = [line for line in out.splitlines()
             if " over " in line and " over     0 " not in line or line.startswith("shared")]
    assert not wrong, out


def test_collector_counts_match_hand_computed_graph():
    out = _run_host('''
        from snakevm import runner
        runner.setup_vm(runner._configured(None, ["t"]))
        from snakevm.objspace.space import space
        from snakevm.memory.collector import find_unreachable
        a, b, c = space.newlist([]), space.newlist([]), space.newlist([])
        a.items_w.append(b); b.items_w.append(a)      # a <-> b: garbage once dropped
        c.items_w.append(a)                            # c is referenced from here
        objects = [a, b, c]
        del a, b
        found = find_unreachable(objects)
        print(len(found))
        objects[2].items_w.clear()
        print(len(find_unreachable(objects)))
    ''')
    assert out.split() == ["0", "2"]


EXCEPTIONS = '''
def f(i):
    raise ValueError(i)
def g():
    yield 1
for i in range(300):
    try:
        f(i)
    except ValueError as e:
        pass
    try:
        {}["x"]
    except KeyError:
        pass
    it = g(); next(it); del it
    for x in g(): pass
    getattr(1, "nope", None)
'''


def test_no_guest_object_is_left_in_host_cycles(tmp_path):
    """With the host's collector off, a host-level cycle (an exception stored in a
    local of a frame in its own traceback) would keep guest objects forever."""
    program = tmp_path / "exceptions.py"
    program.write_text(EXCEPTIONS)
    out = _run_host('''
        import gc
        from snakevm import runner
        from snakevm.objspace.root import W_Root
        runner.run_path(%r, ["exceptions"])
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        print("guest objects in host garbage:", sum(isinstance(o, W_Root) for o in gc.garbage))
    ''' % str(program))
    assert "guest objects in host garbage: 0" in out, out
