"""Checking that every object enumerates exactly what it holds.

The collector subtracts one reference for every object ``iter_refs`` yields,
so an object must yield each guest object it holds as many times as it holds
it -- no more (the collector would free live objects), no less (cycles through
it would never be freed).  ``audit(w_obj)`` compares ``iter_refs`` with what
the host sees the object referencing: its attributes and the host containers
(list, tuple, dict, set) it owns, followed down to the guest objects in them.

Used by tests/test_memory.py on every tracked object after running programs;
``python -m snakevm.memory.audit FILE`` runs a program and prints a report."""

import collections
import gc as host_gc
import sys as host_sys

from snakevm.objspace.root import W_Root
from snakevm.objspace.typeobject import W_Instance

_HOST_CONTAINERS = (list, tuple, dict, set, frozenset)


def held(w_obj):
    """Counter {id: times} of the W_Root objects ``w_obj`` holds through its
    attributes and the host containers it owns."""
    found = collections.Counter()
    inline = w_obj.inline_storage() if isinstance(w_obj, W_Instance) else None
    pending = [list(vars(w_obj).values())] if hasattr(w_obj, "__dict__") else []
    for cls in type(w_obj).__mro__:
        for name in cls.__dict__.get("__slots__", ()):
            if hasattr(w_obj, name) and not (name == "w_dict" and inline is not None):
                pending.append([getattr(w_obj, name)])
    if inline is not None:
        pending.append(inline)
    seen = set()
    while pending:
        container = pending.pop()
        if id(container) in seen:
            continue
        seen.add(id(container))
        values = list(container.values()) + list(container.keys()) \
            if isinstance(container, dict) else container
        for value in values:
            if isinstance(value, W_Root):
                found[id(value)] += 1
            elif isinstance(value, _HOST_CONTAINERS):       # a TypeDict too
                pending.append(value)
    return found


def yielded(w_obj):
    return collections.Counter(id(w) for w in w_obj.iter_refs() if isinstance(w, W_Root))


def audit(w_obj):
    """(over, under): Counters of ids yielded more, or fewer, times than held."""
    h, y = held(w_obj), yielded(w_obj)
    return y - h, h - y


def report(objects):
    """{host class name: (over-yielding objects, under-yielding objects)}."""
    result = collections.defaultdict(lambda: [0, 0])
    for w_obj in objects:
        try:
            over, under = audit(w_obj)
        except Exception:               # noqa: BLE001 -- a half-built object
            continue
        if over:
            result[type(w_obj).__name__][0] += 1
        if under:
            result[type(w_obj).__name__][1] += 1
    return dict(result)


def shared_storage(objects):
    """Host containers holding guest objects that two objects both own (as
    attributes): both would enumerate the items, which are referenced once.
    Returns {host class names of the owners: count}."""
    owners = {}
    for w_obj in objects:
        for value in getattr(w_obj, "__dict__", {}).values():
            if type(value) in _HOST_CONTAINERS and len(value) and \
                    any(isinstance(v, W_Root) for v in
                        (value.values() if isinstance(value, dict) else value)):
                owners.setdefault(id(value), []).append(w_obj)
    result = collections.Counter()
    for objs in owners.values():
        if len(objs) > 1:
            result[" & ".join(sorted(type(o).__name__ for o in objs))] += 1
    return dict(result)


def main(argv):
    from snakevm import runner
    from snakevm.memory.heap import heap
    objects = []
    original = runner._finalize_modules

    def snapshot(w_main):
        objects.extend(heap.objects())
        original(w_main)
    runner._finalize_modules = snapshot
    runner.run_path(argv[0], argv)
    for name, (over, under) in sorted(report(objects).items()):
        print("%-28s over %5d  under %5d" % (name, over, under))
    for names, count in sorted(shared_storage(objects).items()):
        print("shared storage: %s (%d)" % (names, count))
    host_gc.collect()


if __name__ == "__main__":
    main(host_sys.argv[1:])
