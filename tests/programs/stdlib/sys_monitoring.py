# sys.monitoring (PEP 669): tool ids, event sets, local events, callbacks registration, CPython's checks and messages.
import sys

m = sys.monitoring
print(type(m).__name__, m.__name__, m.DEBUGGER_ID, m.COVERAGE_ID, m.PROFILER_ID, m.OPTIMIZER_ID)
print(sorted(vars(m.events).items(), key=lambda item: item[1]))
print(m.MISSING is not m.DISABLE, type(m.MISSING).__name__)


def attempt(func, *args):
    try:
        result = func(*args)
        print(func.__name__, result.__name__ if callable(result) else repr(result))
    except (ValueError, TypeError, OverflowError) as e:
        print(func.__name__, type(e).__name__, e)


def noop(*args):
    pass


attempt(m.get_tool, 3)
attempt(m.use_tool_id, 3, "my tool")
attempt(m.get_tool, 3)
attempt(m.use_tool_id, 3, "again")
attempt(m.use_tool_id, 6, "x")
attempt(m.use_tool_id, -1, "x")
attempt(m.use_tool_id, 4, 42)
attempt(m.use_tool_id, 1.5, "x")
attempt(m.get_tool, 2 ** 70)
attempt(m.get_events, 3)
attempt(m.set_events, 3, 0)
attempt(m.set_events, 4, m.events.PY_START)
attempt(m.set_events, 3, 1 << 17)
attempt(m.set_events, 3, -1)
attempt(m.set_events, 3, m.events.C_RETURN)
attempt(m.set_events, 3, m.events.C_RETURN | m.events.CALL)
attempt(m.set_events, 3, m.events.CALL | m.events.C_RETURN | m.events.C_RAISE)
attempt(m.get_events, 3)
attempt(m.set_events, 3, 0)
code = noop.__code__
attempt(m.get_local_events, 3, code)
attempt(m.set_local_events, 3, code, 1 << 9)
attempt(m.get_local_events, 3, code)
attempt(m.set_local_events, 3, code, m.events.RAISE)
attempt(m.set_local_events, 3, code, (1 << 17) - 1)
attempt(m.set_local_events, 3, "not code", 1)
attempt(m.get_local_events, 3, 5)
attempt(m.set_local_events, 4, code, 1)
attempt(m.set_local_events, 3, code, 0)
attempt(m.register_callback, 3, m.events.PY_START, noop)
attempt(m.register_callback, 3, m.events.PY_START, None)
attempt(m.register_callback, 3, 3, noop)
attempt(m.register_callback, 3, 0, noop)
attempt(m.register_callback, 3, 1 << 17, noop)
attempt(m.register_callback, 4, m.events.LINE, noop)
attempt(m.restart_events)
attempt(m.free_tool_id, 3)
attempt(m.free_tool_id, 3)
attempt(m.get_tool, 3)
attempt(m.get_events, "x")
print(m._all_events())
