"""Every snakevm object type can enumerate and clear its references (issue 5;
the garbage collector depends on it).

A guest program builds one object of each kind, each referencing a marker
object.  From the host we then check, for every object:
  * the marker is reachable through ``iter_refs`` (directly, or through one
    intermediate object such as a function's defaults tuple);
  * after ``clear_refs`` it is no longer directly referenced (objects whose
    references are immutable by design, like tuples, are exempt -- CPython's
    tp_clear is also absent for them);
  * an audit: an object that relies on W_Root's naming-convention
    ``iter_refs`` holds no guest object under an attribute whose name does not
    follow the convention (``w_x`` / ``x_w``), which would hide it from the GC.
"""

import pytest

from snakevm.config import Config
from snakevm.objspace.root import W_Root

PROGRAM = r'''
import sys

class Marker:
    def __repr__(self):
        return "marker"

marker = Marker()

class Plain:
    pass

class WithSlots:
    __slots__ = ("a",)

def make_closure(value):
    def inner():
        return value
    return inner

def gen(value):
    yield value

async def coro(value):
    return value

async def agen(value):
    yield value

def defaults(a=marker):
    return a

class Holder:
    def method(self):
        return self

plain = Plain()
plain.attr = marker
try:
    slotted = WithSlots()
    slotted.a = marker
except Exception:
    slotted = None
holder = Holder()
holder.ref = marker
try:
    raise ValueError(marker)
except ValueError as e:
    exc = e
frame = sys._getframe() if hasattr(sys, "_getframe") else None
started = gen(marker)
next(started)
d = {"k": marker}
Sub = type("Sub", (Plain,), {"ref": marker})

objects = {
    "list": [marker],
    "tuple": (marker,),
    "dict": {"k": marker},
    "dict key": {marker: 1},
    "set": {marker},
    "frozenset": frozenset([marker]),
    "dict_keys": d.keys(),
    "dict_values": d.values(),
    "dict_items": d.items(),
    "list_iterator": iter([marker]),
    "tuple_iterator": iter((marker,)),
    "dict_keyiterator": iter({marker: 1}),
    "set_iterator": iter({marker}),
    "enumerate": enumerate([marker]),
    "zip": zip([marker]),
    "map": map(len, [marker]),
    "filter": filter(None, [marker]),
    "reversed": reversed([marker]),
    "callable_iterator": iter(lambda: marker, None),
    "instance": plain,
    "slotted instance": slotted,
    "class": Sub,
    "function defaults": defaults,
    "closure": make_closure(marker),
    "cell": make_closure(marker).__closure__[0],
    "bound method": holder.method,
    "property": property(lambda self: 1, None, None, marker),
    "classmethod": classmethod(marker),
    "staticmethod": staticmethod(marker),
    "module": type(sys)("m"),
    "exception args": exc,
    "generator": gen(marker),
    "started generator": started,
    "coroutine": coro(marker),
    "async generator": agen(marker),
    "slice": slice(marker),
    "mappingproxy": type("P", (), {"ref": marker}).__dict__,
}
objects["module"].ref = marker
sub_instance = Sub()
sub_instance.ref = marker
objects["super"] = super(Sub, sub_instance)
if frame is not None:
    objects["frame"] = frame
'''


def _setup_vm():
    """A VM set up in this process; its objects outlive the test, so guest
    finalizers stay off (the host frees them later, outside any run)."""
    from snakevm import runner
    from snakevm.memory import finalizers
    w_main = runner.setup_vm(Config(argv=["refs"]))
    finalizers.running[0] = False
    return w_main


@pytest.fixture(scope="module")
def guest_objects():
    from snakevm import runner
    from snakevm.compiler import compile_source
    from snakevm.interpreter.runtime import run_code
    w_main = _setup_vm()
    run_code(compile_source(PROGRAM, "<refs>", "exec"), w_main.w_dict)
    w_objects = w_main.w_dict.getitem_str("objects")
    w_marker = w_main.w_dict.getitem_str("marker")
    return {key: w_value for key, w_value in w_objects.storage.items()}, w_marker


def _reachable(w_obj, w_target, depth=3):
    if not isinstance(w_obj, W_Root):
        return False
    for w_ref in w_obj.iter_refs():
        if w_ref is w_target:
            return True
        if depth > 1 and _reachable(w_ref, w_target, depth - 1):
            return True
    return False


def _contains_guest(value):
    if isinstance(value, W_Root):
        return True
    if isinstance(value, (list, tuple)):
        return any(isinstance(v, W_Root) for v in value)
    if isinstance(value, dict):
        return any(isinstance(v, W_Root) for v in value.values())
    return False


IMMUTABLE = {"tuple", "frozenset", "slice", "tuple_iterator", "cell", "dict_keys",
             "dict_values", "dict_items", "mappingproxy", "super", "bound method",
             "classmethod", "staticmethod", "property"}
NAMES = [
    "list", "tuple", "dict", "dict key", "set", "frozenset", "dict_keys", "dict_values",
    "dict_items", "list_iterator", "tuple_iterator", "dict_keyiterator", "set_iterator",
    "enumerate", "zip", "map", "filter", "reversed", "callable_iterator", "instance",
    "slotted instance", "class", "function defaults", "closure", "cell", "bound method",
    "property", "classmethod", "staticmethod", "super", "module", "exception args",
    "generator", "started generator", "coroutine", "async generator", "slice", "mappingproxy",
]


# Not yet right: iterators that wrap a host iterator/generator hide their
# referents (they must become index-based guest iterators); slots need member
# descriptors storing into the instance's slot values.
PENDING = set()


def _pending(name):
    if name in PENDING:
        return pytest.param(name, marks=pytest.mark.xfail(reason="referents hidden in a host iterator"))
    return name


@pytest.mark.parametrize("name", [_pending(n) for n in NAMES])
def test_iter_refs_finds_referent(guest_objects, name):
    objects, w_marker = guest_objects
    w_obj = objects[name]
    assert _reachable(w_obj, w_marker), "%s: marker not reachable through iter_refs" % name


@pytest.mark.parametrize("name", NAMES)
def test_naming_convention_audit(guest_objects, name):
    objects, _ = guest_objects
    seen = set()
    pending = [objects[name]]
    hidden = []
    while pending:                     # audit the object and what it references, two levels deep
        w_obj = pending.pop()
        if id(w_obj) in seen or not isinstance(w_obj, W_Root) or len(seen) > 50:
            continue
        seen.add(id(w_obj))
        if type(w_obj).iter_refs is W_Root.iter_refs:
            for attr, value in vars(w_obj).items():
                if attr.startswith("w_") or attr.endswith("_w"):
                    continue
                if _contains_guest(value):
                    hidden.append("%s.%s" % (type(w_obj).__name__, attr))
        pending.extend(w for w in w_obj.iter_refs() if isinstance(w, W_Root))
    assert not hidden, "guest objects hidden from the GC: %s" % ", ".join(sorted(set(hidden)))


@pytest.mark.parametrize("name", [_pending(n) for n in NAMES if n not in IMMUTABLE])
def test_clear_refs_drops_referent(name):
    # A fresh VM state per case: clearing must not disturb the other cases.
    from snakevm import runner
    from snakevm.compiler import compile_source
    from snakevm.interpreter.runtime import run_code
    w_main = _setup_vm()
    run_code(compile_source(PROGRAM, "<refs>", "exec"), w_main.w_dict)
    w_obj = w_main.w_dict.getitem_str("objects").storage[name]
    w_marker = w_main.w_dict.getitem_str("marker")
    w_obj.clear_refs()
    assert not any(w is w_marker for w in w_obj.iter_refs()), \
        "%s still references the marker after clear_refs" % name


def test_a_frame_does_not_yield_its_codes_constants(guest_objects):
    """The constants list is the code's, shared by all its frames: a frame that
    enumerated its items would make a constant look referenced once more per tracked
    frame, and the collector would free one still held by the code (an emptied tuple
    at the next LOAD_CONST)."""
    objects, _ = guest_objects
    w_frame = objects.get("frame")
    if w_frame is None:
        pytest.skip("no sys._getframe")
    boxed = [w for w in w_frame.constants if isinstance(w, W_Root)]
    assert boxed, "the test program's module code has boxed constants"
    held = {id(w) for w in w_frame.iter_refs()}
    assert not [w for w in boxed if id(w) in held]
