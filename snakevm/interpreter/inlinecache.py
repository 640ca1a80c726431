"""Inline caches of quickened instructions.

A decoded instruction (interpreter/decode.py) that the interpreter rewrote into a
specialized instruction or a superinstruction carries a Cache where its oparg
was.  CPython keeps this data in the CACHE code units after the instruction;
snakevm keeps it in the decoded entry (docs/performance.md).

A cache that saw a guest class holds it (and what it found on it) strongly,
where CPython's caches hold version tags: so that a class the program dropped
can be freed, a full collection first makes every cache forget its classes
(``forget_classes``; the sites specialize again when they run again).
"""

from snakevm.memory.heap import heap


class _ForgottenType:
    """What a forgotten cache's ``w_type`` is: no object has it as its type, and its
    version matches no cache's (the guards that read it fail)."""
    version = -2


FORGOTTEN_TYPE = _ForgottenType()


class Cache:
    """The inline cache of one specialized instruction."""
    __slots__ = ("oparg", "base", "w_type", "version", "host_class", "w_value",
                 "name", "operation", "types", "codes", "second", "after", "__weakref__")

    def __init__(self, oparg, base):
        self.oparg = oparg              # the generic instruction's oparg
        self.base = base                # the generic instruction's number
        self.w_type = None
        self.version = -1
        self.host_class = None
        self.w_value = None
        self.name = None
        self.operation = None
        # polymorphic caches: {guest type: (its version, cached value)} for attribute
        # instructions on instances, {id(code): code} for calls of guest functions
        self.types = None
        self.codes = None
        self.second = None              # superinstructions: the second oparg
        self.after = None               # superinstructions: the index after the second
        heap.caches.add(self)

    def forget_classes(self):
        """Drop the guest classes this cache holds and what it found on them (a full
        collection is about to run): the polymorphic entries go (emptied in place:
        compiled code holds the dict), and a cached class that is not built-in is
        replaced by FORGOTTEN_TYPE, which fails its guard."""
        if self.types:
            self.types.clear()
        w_type = self.w_type
        if w_type is not None and w_type is not FORGOTTEN_TYPE and \
                not getattr(w_type, "is_builtin", True):
            self.w_type = FORGOTTEN_TYPE
            self.w_value = None
