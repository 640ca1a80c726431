"""Inline caches of quickened instructions.

A decoded instruction (interpreter/decode.py) that the interpreter rewrote into a
specialized instruction or a superinstruction carries a Cache where its oparg
was.  CPython keeps this data in the CACHE code units after the instruction;
snakevm keeps it in the decoded entry (docs/performance.md).
"""


class Cache:
    """The inline cache of one specialized instruction."""
    __slots__ = ("oparg", "base", "w_type", "version", "host_class", "w_value",
                 "name", "operation", "types", "codes", "second", "after")

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
