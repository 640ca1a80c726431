"""The embedding API: guest Python run from a host program (docs/embedding.md).

    from snakevm import VM
    vm = VM(stdin="world\\n")
    result = vm.exec("name = input()\\nprint('hello', name)")
    result.stdout                 # 'hello world\\n'
    vm.eval("len(name) * 2").value   # 10
    vm.get("name")                # 'world'

A VM is one independent guest interpreter: its own sys (sys.modules, sys.path,
argv, flags), builtins, __main__, recursion depth, exception state, atexit
callbacks, codec registry, signal handlers and heap.  Several VMs live in one
host process and take turns (snakevm/vmstate.py switches their state when one is
entered); they do not nest and one runs at a time.  Standard output and error
are captured per call unless ``capture_output=False``; standard input is the
text given.  Plain values cross in both directions (None, bool, int, float,
complex, str, bytes and lists, tuples and dicts of them); anything else stays in
the guest.  Guest exceptions come back as GuestError records with the traceback
CPython would print; SystemExit gives an exit status; a resource limit
(snakevm.limits.Limits) ends the call with snakevm.ResourceLimitExceeded."""

import contextlib
import dataclasses
import threading

from snakevm import config as run_config
from snakevm import limits as resource_limits
from snakevm import runner
from snakevm import uncaught
from snakevm import vmstate
from snakevm.code import Code
from snakevm.interpreter.limiterror import guest_limit_exception
from snakevm.interpreter.runtime import interpreter, run_code, compile_for_guest
from snakevm.interpreter.traceback import format_exception
from snakevm.module._io.stringio import w_stringio_type
from snakevm.module import sys as sys_module
from snakevm.objspace.dictobject import W_Dict, w_dict_type
from snakevm.objspace.listobject import W_List, w_list_type
from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.objspace.tupleobject import W_Tuple, w_tuple_type
from snakevm.objspace.typeobject import MISSING

PLAIN = (type(None), bool, int, float, complex, str, bytes)
MAX_NESTING = 100


class ConversionError(TypeError):
    """A value that is not a plain value (or too deeply nested) was to cross."""


@dataclasses.dataclass
class GuestError:
    """A guest exception nothing in the guest caught."""
    type_name: str          # e.g. "ZeroDivisionError", "snakevm.ResourceLimitExceeded"
    message: str            # str() of the exception
    traceback: str          # what CPython would print for it, "Traceback ..." included


@dataclasses.dataclass
class Result:
    """What one call into a VM gave."""
    value: object = None            # eval's value, converted (None for exec)
    stdout: str = ""                # what the guest wrote during the call (when captured)
    stderr: str = ""
    error: GuestError = None        # the uncaught exception, if any
    exit_status: int = None         # set when the guest raised SystemExit

    @property
    def ok(self):
        return self.error is None


_running = threading.local()        # the VM running in this host thread, if any


class VM:
    def __init__(self, *, argv=("",), stdin="", capture_output=True, path=(),
                 limits=None, sandbox=False, optimize=0, warnoptions=(), xoptions=None):
        """A new VM.  ``argv`` is sys.argv; ``path`` directories go first on sys.path;
        ``limits`` (snakevm.limits.Limits) apply to each call separately; ``sandbox``
        is the --sandbox profile (docs/sandbox.md)."""
        config = run_config.Config(run="embedded", argv=list(argv), sandbox=sandbox,
                                   limits=limits or resource_limits.Limits(),
                                   optimize=optimize, warnoptions=list(warnoptions),
                                   xoptions=dict(xoptions or {}), signal_handlers=False,
                                   no_user_site=1)
        self.config = config
        self.capture_output = capture_output
        self.closed = False
        self._state = vmstate.fresh()
        with self._entered():
            run_config.current = config
            self.w_main = runner.setup_vm(config, None)
            w_path = space.getattr(sys_module.current_sys_module, "path")
            w_path.items_w[0:0] = [str(p) for p in path]
            self._streams = self._install_streams(stdin)

    # -- running guest code ---------------------------------------------------------------
    def exec(self, source, globals=None, filename="<string>"):
        """Run ``source`` (str, bytes or a snakevm Code) in __main__, or in a new
        namespace made from the plain-value dict ``globals``; a Result (with
        ``value`` the namespace's plain values when ``globals`` was given)."""
        return self._call(lambda: self._exec(source, globals, filename, "exec"))

    def eval(self, expression, globals=None):
        """The value of ``expression`` (converted) in __main__ or in ``globals``."""
        return self._call(lambda: self._exec(expression, globals, "<string>", "eval"))

    def call(self, name, *args):
        """Call the function ``name`` of __main__ with plain-value arguments."""
        def call():
            w_func = self.w_main.w_dict.getitem_str(name)
            if w_func is MISSING:
                raise space.error(space.builtin_exception("NameError"),
                                  "name %r is not defined" % name)
            return from_guest(space.call(w_func, [to_guest(a) for a in args]))
        return self._call(call)

    def get(self, name):
        """The plain value of the global ``name`` of __main__ (KeyError if unset)."""
        with self._entered():
            w_value = self.w_main.w_dict.getitem_str(name)
            if w_value is MISSING:
                raise KeyError(name)
            return from_guest(w_value)

    def set(self, name, value):
        """Bind the global ``name`` of __main__ to a plain value."""
        with self._entered():                   # (its new containers are this VM's)
            self.w_main.w_dict.setitem_str(name, to_guest(value))

    def close(self):
        """End the VM like the end of a program: atexit callbacks, finalizers,
        files closed; a Result with what they wrote."""
        if self.closed:
            return Result()
        result = self._call(lambda: runner.shut_down(self.w_main))
        self.closed = True
        return result

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    # -- the machinery --------------------------------------------------------------------
    @contextlib.contextmanager
    def _entered(self):
        if self.closed:
            raise RuntimeError("this VM is closed")
        if getattr(_running, "vm", None) is not None:
            raise RuntimeError("a VM is already running in this thread (VMs do not nest)")
        outer = vmstate.capture()
        vmstate.install(self._state)
        _running.vm = self
        try:
            yield
        finally:
            _running.vm = None
            self._state = vmstate.capture()
            vmstate.install(outer)

    def _call(self, work):
        result = Result()
        with self._entered():
            if self.config.limits.any():
                resource_limits.install(self.config.limits, interpreter())
            try:
                result.value = work()
            except OperationError as e:
                result.error = _guest_error(e.w_value)
                if uncaught.is_system_exit(e.w_value):
                    result.exit_status = uncaught.exit_status(e.w_value)
            except resource_limits.LimitExceeded as e:
                result.error = _guest_error(guest_limit_exception(e))
            finally:
                resource_limits.uninstall(interpreter())
            result.stdout, result.stderr = self._take_output()
        return result

    def _exec(self, source, globals, filename, mode):
        code = source if isinstance(source, Code) else \
            compile_for_guest(source, filename, mode, optimize=self.config.optimize)
        if globals is None:
            w_globals = self.w_main.w_dict
        else:
            w_globals = to_guest(dict(globals))
            w_globals.setitem_str("__builtins__", space.builtins_module())
        w_value = run_code(code, w_globals)
        if mode == "eval":
            return from_guest(w_value)
        if globals is not None:
            return _plain_values(w_globals)
        return None

    def _install_streams(self, stdin):
        """Guest io.StringIO objects as sys.stdin/stdout/stderr (and the __std*__)."""
        w_sys = sys_module.current_sys_module
        streams = {"stdin": space.call(w_stringio_type, [stdin])}
        if self.capture_output:
            streams["stdout"] = space.call(w_stringio_type, [])
            streams["stderr"] = space.call(w_stringio_type, [])
        for name, w_stream in streams.items():
            space.setattr(w_sys, name, w_stream)
            space.setattr(w_sys, "__%s__" % name, w_stream)
        return streams

    def _take_output(self):
        """The text written to the captured streams since the last call."""
        texts = []
        for name in ("stdout", "stderr"):
            w_stream = self._streams.get(name)
            if w_stream is None:
                uncaught.flush_std_streams()
                texts.append("")
                continue
            texts.append(space.call_method(w_stream, "getvalue"))
            space.call_method(w_stream, "seek", 0)
            space.call_method(w_stream, "truncate", 0)
        return texts


def _guest_error(w_exc):
    try:
        message = space.str(w_exc)
    except OperationError:
        message = "<exception str() failed>"
    w_type = space.type(w_exc)
    module = space.findattr(w_type, "__module__")
    name = w_type.name if module in (None, "builtins") else "%s.%s" % (module, w_type.name)
    return GuestError(name, message, "".join(format_exception(w_exc)))


# -- plain values across the boundary ---------------------------------------------------------
def to_guest(value, depth=0):
    """A host plain value as a guest value (ConversionError for anything else)."""
    if type(value) in PLAIN:
        return value
    if depth > MAX_NESTING:
        raise ConversionError("value nested too deeply to convert")
    if type(value) is list:
        return space.newlist([to_guest(v, depth + 1) for v in value])
    if type(value) is tuple:
        return space.newtuple([to_guest(v, depth + 1) for v in value])
    if type(value) is dict:
        return space.newdict({to_guest(k, depth + 1): to_guest(v, depth + 1)
                              for k, v in value.items()})
    raise ConversionError("cannot give a %s to a VM: only None, bool, int, float, complex, "
                          "str, bytes and lists, tuples and dicts of them"
                          % type(value).__name__)


def from_guest(w_value, depth=0):
    """A guest plain value as a host value (ConversionError for anything else)."""
    if type(w_value) in PLAIN:
        return w_value
    if depth > MAX_NESTING:
        raise ConversionError("value nested too deeply to convert")
    w_type = space.type(w_value)
    if type(w_value) is W_List and w_type is w_list_type:
        return [from_guest(w, depth + 1) for w in w_value.items_w]
    if type(w_value) is W_Tuple and w_type is w_tuple_type:
        return tuple(from_guest(w, depth + 1) for w in w_value.items_w)
    if type(w_value) is W_Dict and w_type is w_dict_type:
        return {from_guest(k, depth + 1): from_guest(v, depth + 1)
                for k, v in w_value.storage.items()}
    raise ConversionError("a guest %s is not a plain value" % w_type.name)


def _plain_values(w_globals):
    """The names of a namespace whose values are plain values, converted (once)."""
    values = {}
    for name, w_value in w_globals.storage.items():
        if isinstance(name, str) and not name.startswith("__"):
            try:
                values[name] = from_guest(w_value)
            except ConversionError:
                pass                    # a module, function, instance...: stays inside
    return values
