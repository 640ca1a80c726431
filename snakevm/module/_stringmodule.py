"""_string: the parsing helpers behind string.Formatter -- the host's own
format-string parser on unboxed str, results as guest lists and tuples."""

import _string as host_string

from snakevm.objspace.space import space
from snakevm.objspace.bridge import call_host
from snakevm.module.moduledef import ModuleDef


def formatter_parser(w_string):
    """(the host iterator's items are tuples of str/None)"""
    return space.iter(call_host(lambda s: list(host_string.formatter_parser(s)), [w_string]))


def formatter_field_name_split(w_string):
    def split(s):
        first, rest = host_string.formatter_field_name_split(s)
        return first, list(rest)
    w_result = call_host(split, [w_string])
    w_first, w_rest = w_result.items_w
    return space.newtuple([w_first, space.iter(w_rest)])


def make_module():
    m = ModuleDef("_string", doc=host_string.__doc__)
    m.function(formatter_parser, "formatter_parser",
               doc=host_string.formatter_parser.__doc__)
    m.function(formatter_field_name_split, "formatter_field_name_split",
               doc=host_string.formatter_field_name_split.__doc__)
    return m.w_module


