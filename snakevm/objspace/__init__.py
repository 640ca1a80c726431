"""snakevm's object space: the guest object model (see docs/objspace.md).

``load_all()`` imports every built-in type module in dependency order; the
interpreter calls it once before running guest code.
"""

_MODULES = [
    "snakevm.objspace.space",
    "snakevm.objspace.descrtypes",
    "snakevm.objspace.singletons",
    "snakevm.objspace.scalartypes",
    "snakevm.objspace.objectobject",
    "snakevm.objspace.typecall",
    "snakevm.objspace.descriptors",
    "snakevm.objspace.exceptions",
    "snakevm.objspace.exceptiongroup",
    "snakevm.objspace.tupleobject",
    "snakevm.objspace.listobject",
    "snakevm.objspace.dictobject",
    "snakevm.objspace.functionobject",
    "snakevm.objspace.superobject",
    "snakevm.objspace.dictproxyobject",
    "snakevm.objspace.moduleobject",
    "snakevm.objspace.sliceobject",
    "snakevm.objspace.rangeobject",
    "snakevm.objspace.iterobject",
    "snakevm.objspace.setobject",
    "snakevm.objspace.scalarmethods",
    "snakevm.objspace.bytearrayobject",
    "snakevm.objspace.genericalias",
    "snakevm.objspace.memoryviewobject",
    "snakevm.objspace.namespaceobject",
    # helpers append their modules below (one line each, keep dependency order)
]

_loaded = False


def load_all():
    global _loaded
    if _loaded:
        return
    import importlib
    for name in _MODULES:
        importlib.import_module(name)
    from snakevm.objspace.space import mark_sequence_slots
    mark_sequence_slots()
    from snakevm.objspace.typecall import refuse_instances
    refuse_instances()
    from snakevm.objspace.genericalias import install_class_getitem
    install_class_getitem()
    _loaded = True
