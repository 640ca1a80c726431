"""sys.monitoring (PEP 669), the namespace CPython 3.12 puts in sys.

Tools register (use_tool_id), choose global or per-code-object event sets
and callbacks, with CPython's checks and messages.  The settings are stored;
snakevm's interpreter does not deliver these events yet (sys.settrace's legacy
events it does: interpreter/legacytrace.py), so registered callbacks are never
called."""

from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_function
from snakevm.objspace.codeobject import W_Code
from snakevm.objspace.namespaceobject import new_namespace
from snakevm.objspace.moduleobject import W_Module
from snakevm.objspace.typeobject import w_object_type

EVENTS = ("PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "INSTRUCTION",
          "JUMP", "BRANCH", "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED", "PY_UNWIND",
          "PY_THROW", "RERAISE", "C_RETURN", "C_RAISE")
EVENT_COUNT = len(EVENTS)
LOCAL_EVENT_COUNT = 10                  # PY_START .. STOP_ITERATION can be set per code
CALL = 1 << EVENTS.index("CALL")
C_RETURN_EVENTS = (1 << EVENTS.index("C_RETURN")) | (1 << EVENTS.index("C_RAISE"))
TOOL_IDS = {"DEBUGGER_ID": 0, "COVERAGE_ID": 1, "PROFILER_ID": 2, "OPTIMIZER_ID": 5}
MAX_TOOL = 5


class MonitoringState:
    def __init__(self):
        self.tool_names = {}            # tool id -> name
        self.global_events = {}         # tool id -> event set
        self.local_events = {}          # (tool id, W_Code) -> event set
        self.callbacks = {}             # (tool id, event number) -> callable


state = MonitoringState()


def _tool(tool_id):
    tool_id = space.index(tool_id)
    if not -(1 << 31) <= tool_id < (1 << 31):
        raise space.error(space.builtin_exception("OverflowError"),
                          "Python int too large to convert to C int")
    if not 0 <= tool_id <= MAX_TOOL:
        raise space.value_error("invalid tool %d (must be between 0 and %d)"
                                % (tool_id, MAX_TOOL))
    return tool_id


def _in_use(tool_id):
    if tool_id not in state.tool_names:
        raise space.value_error("tool %d is not in use" % tool_id)


def _event_set(w_events, local):
    """CPython's checks, in its order: the range first for a global set, last (after
    C_RETURN/C_RAISE are dropped: they follow CALL) for a local one."""
    events = space.index(w_events)
    if not local:
        _check_range(events, EVENT_COUNT, "invalid event set 0x%x")
    if events & C_RETURN_EVENTS and (events & (CALL | C_RETURN_EVENTS)) != \
            CALL | C_RETURN_EVENTS:
        raise space.value_error("cannot set C_RETURN or C_RAISE events independently")
    events &= ~C_RETURN_EVENTS
    if local:
        _check_range(events, LOCAL_EVENT_COUNT, "invalid local event set 0x%x")
    return events


def _check_range(events, count, message):
    if not 0 <= events < 1 << count:
        raise space.value_error(message % (events & 0xFFFFFFFF))


def use_tool_id(tool_id, name):
    tool_id = _tool(tool_id)
    if not isinstance(name, str):
        raise space.value_error("tool name must be a str")
    if tool_id in state.tool_names:
        raise space.value_error("tool %d is already in use" % tool_id)
    state.tool_names[tool_id] = name
    return None


def free_tool_id(tool_id):
    tool_id = _tool(tool_id)
    state.tool_names.pop(tool_id, None)
    state.global_events.pop(tool_id, None)
    for key in [k for k in state.local_events if k[0] == tool_id]:
        del state.local_events[key]
    for key in [k for k in state.callbacks if k[0] == tool_id]:
        del state.callbacks[key]
    return None


def get_tool(tool_id):
    return state.tool_names.get(_tool(tool_id))


def get_events(tool_id):
    return state.global_events.get(_tool(tool_id), 0)


def set_events(tool_id, event_set):
    tool_id = _tool(tool_id)
    _in_use(tool_id)
    state.global_events[tool_id] = _event_set(event_set, local=False)
    return None


def _code(w_code):
    if not isinstance(w_code, W_Code):
        raise space.type_error("code must be a code object")
    return w_code


def get_local_events(tool_id, code):
    tool_id = _tool(tool_id)
    return state.local_events.get((tool_id, _code(code)), 0)


def set_local_events(tool_id, code, event_set):
    tool_id = _tool(tool_id)
    w_code = _code(code)
    _in_use(tool_id)
    state.local_events[(tool_id, w_code)] = _event_set(event_set, local=True)
    return None


def register_callback(tool_id, event, func):
    tool_id = _tool(tool_id)
    event = space.index(event)
    if event <= 0 or event & (event - 1):
        raise space.value_error("The callback can only be set for one event at a time")
    number = event.bit_length() - 1
    if number >= EVENT_COUNT:
        raise space.value_error("invalid event %d" % event)
    if tool_id not in state.tool_names:
        return None
    w_old = state.callbacks.get((tool_id, number))
    if func is None:
        state.callbacks.pop((tool_id, number), None)
    else:
        state.callbacks[(tool_id, number)] = func
    return w_old


def restart_events():
    return None


def _all_events():
    w_result = space.newdict()
    for number, name in enumerate(EVENTS):
        tools = 0
        for tool_id, events in state.global_events.items():
            if events & (1 << number):
                tools |= 1 << tool_id
        if tools:
            space.setitem(w_result, name, tools)
    return w_result


_FUNCTIONS = (use_tool_id, free_tool_id, get_tool, get_events, set_events, get_local_events,
              set_local_events, register_callback, restart_events, _all_events)


def make_monitoring_module():
    """A fresh sys.monitoring (and fresh settings) for a program run."""
    global state
    state = MonitoringState()
    w_module = W_Module("sys.monitoring")
    d = w_module.w_dict
    for name in ("__package__", "__loader__", "__spec__"):
        d.setitem_str(name, None)
    for func in _FUNCTIONS:
        d.setitem_str(func.__name__, builtin_function(func, func.__name__,
                                                      module="sys.monitoring"))
    events = {name: 1 << number for number, name in enumerate(EVENTS)}
    events["NO_EVENTS"] = 0
    d.setitem_str("events", new_namespace(**events))
    for name, value in TOOL_IDS.items():
        d.setitem_str(name, value)
    d.setitem_str("MISSING", space.call(w_object_type, []))
    d.setitem_str("DISABLE", space.call(w_object_type, []))
    return w_module
