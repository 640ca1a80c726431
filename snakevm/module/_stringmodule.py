"""_string: the parsing helpers behind string.Formatter -- the host's own
format-string parser on unboxed str.  Its lazy iterators (``formatteriterator``,
``fieldnameiterator``) are guest iterators over the host ones: items are tuples
of str/int/bool/None, and parse errors surface when the bad item is reached,
as in CPython."""

import _string as host_string

from snakevm.objspace.root import W_Root
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.objspace.typedef import builtin_type, method
from snakevm.objspace.bridge import call_host_converted, to_host, to_guest, host_exception
from snakevm.module.moduledef import ModuleDef


class W_HostIterator(W_Root):
    """A guest iterator over a host iterator of host values."""

    def __init__(self, host_iterator):
        self.host_iterator = host_iterator

    def next_w(self):
        try:
            value = next(self.host_iterator)
        except StopIteration:
            return STOP_ITERATION
        except Exception as e:
            raise host_exception(e)
        return to_guest(value)


def _iterator_type(name):
    w_type = builtin_type(name, instance_class=type("W_" + name, (W_HostIterator,), {}),
                          acceptable_as_base=False)
    method(w_type, "__iter__")(lambda w_self: w_self)

    @method(w_type, "__next__")
    def iterator_next(w_self):
        w_item = w_self.next_w()
        if w_item is STOP_ITERATION:
            raise space.error(space.builtin_exception("StopIteration"))
        return w_item
    return w_type


w_formatteriterator_type = _iterator_type("formatteriterator")
w_fieldnameiterator_type = _iterator_type("fieldnameiterator")


def _str_argument(w_string):
    value = to_host(w_string)
    if not isinstance(value, str):
        raise space.type_error("expected str, got %s" % space.type(w_string).name)
    return value


def formatter_parser(w_string):
    host_iterator = call_host_converted(host_string.formatter_parser,
                                        [_str_argument(w_string)], result=lambda r: r)
    return w_formatteriterator_type.instance_class(host_iterator)


def formatter_field_name_split(w_string):
    first, rest = call_host_converted(host_string.formatter_field_name_split,
                                      [_str_argument(w_string)], result=lambda r: r)
    return space.newtuple([first, w_fieldnameiterator_type.instance_class(rest)])


def make_module():
    m = ModuleDef("_string", doc=host_string.__doc__)
    for func, name in ((formatter_parser, "formatter_parser"),
                       (formatter_field_name_split, "formatter_field_name_split")):
        w_func = m.function(func, name, doc=getattr(host_string, name).__doc__)
        w_func.signature.name = "_string." + name      # METH_O messages
        w_func.text_signature = getattr(host_string, name).__text_signature__
    return m.w_module
