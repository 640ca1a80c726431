"""Everything one VM owns, and switching between VMs in one host process.

snakevm's interpreter reads its running state from module-level variables and
a few state objects (the current frame and depth, sys, the configuration, the
heap, the codec registry...), which is fast and readable.  Several VMs in one
process take turns at them, the way CPython's PyThreadState_Swap makes one
thread state current: a VM's ``State`` holds its values while it is not
running; entering the VM installs them and keeps the previous ones, leaving
puts everything back.  This table is the list of per-VM state: a variable or
object missing from it would be shared by every VM.

Built-in types, code objects, the instruction table and caches of host values
are shared: guest code cannot change them."""

import importlib
import weakref

from snakevm.config import Config

# Module-level variables owned by a VM: (module, name, factory of a new VM's value).
VARIABLES = (
    ("snakevm.interpreter.state", "recursion_limit", lambda: 1000),
    ("snakevm.interpreter.state", "recursion_cap", lambda: None),
    ("snakevm.interpreter.state", "depth", lambda: 0),
    ("snakevm.interpreter.state", "handled_exception", lambda: None),
    ("snakevm.interpreter.state", "outer_exceptions", list),
    ("snakevm.interpreter.state", "current_frame", lambda: None),
    ("snakevm.interpreter.state", "in_host_call", lambda: False),
    ("snakevm.interpreter.state", "current_context", lambda: None),
    ("snakevm.interpreter.state", "atexit_callbacks", list),
    ("snakevm.interpreter.state", "exact_instructions", lambda: False),
    ("snakevm.interpreter.state", "jit_depth", lambda: 0),
    ("snakevm.module.sys", "current_sys_module", lambda: None),
    ("snakevm.config", "current", Config),
    ("snakevm.sandbox", "active", lambda: None),
    ("snakevm.limits", "active", lambda: None),
    ("snakevm.memory.finalizers", "running", lambda: [False]),
    ("snakevm.interpreter.breaker", "_pending", list),
    ("snakevm.module._io.finalize", "_LIVE", weakref.WeakValueDictionary),
    ("snakevm.objspace.bridge", "_EXCEPTION_MAP", list),   # host exception -> this VM's class
    ("snakevm.module.sysmonitoring", "state",
     lambda: _module("snakevm.module.sysmonitoring").MonitoringState()),
    ("snakevm.importing.importtime", "_timer",
     lambda: _module("snakevm.importing.importtime")._Timer()),
)

# Objects whose whole instance state belongs to a VM (their attributes are switched,
# so every module holding the object sees the running VM's): (module, name).
OBJECTS = (
    ("snakevm.memory.heap", "heap"),                    # the collector's generations
    ("snakevm.interpreter.threads", "threads"),         # the GIL and the guest threads
    ("snakevm.importing.bootstrap", "state"),           # the loaded importlib
    ("snakevm.module.sys", "settings"),
    ("snakevm.module.sysextras", "settings"),           # profile function, hooks
    ("snakevm.module._codecsmodule", "registry"),       # codecs.register()
    ("snakevm.module._signalmodule", "signals"),        # guest signal handlers
    ("snakevm.module._astmodule", "ast_state"),         # the guest's ast node classes
    ("snakevm.module._csvmodule", "csv_state"),         # csv dialects
)

def _space():
    from snakevm.objspace.space import space     # the object space loads on first use
    return space


def _interpreter():
    from snakevm.interpreter.runtime import interpreter     # creates the one Interpreter
    return interpreter()


# Attributes of shared objects that belong to a VM: (getter of the object,
# {attribute: factory of a new VM's value}).
ATTRIBUTES = (
    (_space, {"builtins_module_hook": lambda: None}),
    (_interpreter, {"tracer": lambda: None, "hooks": dict,      # --trace, limits, breaker
                    "jit": lambda: None,                          # --jit (snakevm/jit/)
                    "trace": lambda: _module("snakevm.interpreter.legacytrace").TraceState()}),
)


def _module(name):
    return importlib.import_module(name)


class State:
    """The values of one VM's state while another VM (or none) runs."""

    def __init__(self, variables, objects, attributes):
        self.variables = variables      # [(module, name, value)]
        self.objects = objects          # [(object, its __dict__)]
        self.attributes = attributes    # [(object, name, value)]


def capture():
    """The state that is current now."""
    variables = [(m, name, getattr(m, name)) for m, name in
                 ((_module(module), name) for module, name, _ in VARIABLES)]
    objects = []
    for module, name in OBJECTS:
        obj = getattr(_module(module), name)
        objects.append((obj, dict(obj.__dict__)))
    attributes = []
    for get, names in ATTRIBUTES:
        obj = get()
        attributes.extend((obj, attr, getattr(obj, attr, None)) for attr in names)
    return State(variables, objects, attributes)


def fresh():
    """The state of a VM that has not run anything yet."""
    variables = [(_module(module), name, make()) for module, name, make in VARIABLES]
    objects = []
    for module, name in OBJECTS:
        obj = getattr(_module(module), name)
        objects.append((obj, _fresh_attributes(obj)))
    attributes = []
    for get, names in ATTRIBUTES:
        obj = get()
        attributes.extend((obj, attr, make()) for attr, make in names.items())
    return State(variables, objects, attributes)


def _fresh_attributes(obj):
    """The attributes of a new instance of obj's class, for ``obj`` to take (bound
    methods stored as attributes, like the heap's weakref callback, rebound to it)."""
    new = type(obj)()
    values = dict(new.__dict__)
    for name, value in values.items():
        if getattr(value, "__self__", None) is new:
            values[name] = getattr(obj, value.__func__.__name__)
    return values


def install(state):
    """Make ``state`` the current one."""
    for module, name, value in state.variables:
        setattr(module, name, value)
    for obj, values in state.objects:
        obj.__dict__.clear()
        obj.__dict__.update(values)
    for obj, name, value in state.attributes:
        setattr(obj, name, value)
