"""_tokenize: the tokenizer behind Lib's tokenize (interpreter level).

``TokenizerIter(readline, *, extra_tokens, encoding=None)`` is the host's C
tokenizer reading lines through a host function that calls the guest's
readline (a StopIteration from it means end of input, as in CPython); tokens
come back as guest tuples of unboxed values and a SyntaxError of the
tokenizer becomes the guest's SyntaxError with the same fields."""

import _tokenize as host_tokenize

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, new_method
from snakevm.objspace.bridge import to_host_arg, call_host_converted
from snakevm.module.moduledef import ModuleDef


class W_TokenizerIter(W_Root):
    def __init__(self, host, w_readline):
        self.host = host
        self.w_readline = w_readline


w_tokenizer_iter_type = builtin_type("TokenizerIter", instance_class=W_TokenizerIter,
                                     module="_tokenize", acceptable_as_base=False)


def _host_readline(w_readline):
    def readline():
        try:
            w_line = space.call(w_readline, [])
        except OperationError as e:
            if e.match(space.builtin_exception("StopIteration")):
                raise StopIteration
            raise
        return to_host_arg(w_line)
    return readline


@new_method(w_tokenizer_iter_type)
def tokenizer_iter_new(w_cls, w_readline, *, extra_tokens, encoding=None):
    host = call_host_converted(
        host_tokenize.TokenizerIter,
        [_host_readline(w_readline)],
        {"extra_tokens": space.is_true(extra_tokens),
         **({} if encoding is None else {"encoding": to_host_arg(encoding)})},
        result=lambda value: value)
    return W_TokenizerIter(host, w_readline)


method(w_tokenizer_iter_type, "__iter__")(lambda w_self: w_self)


@method(w_tokenizer_iter_type, "__next__")
def tokenizer_iter_next(w_self):
    return call_host_converted(next, [w_self.host])


def make_module():
    m = ModuleDef("_tokenize")
    m.type(w_tokenizer_iter_type)
    return m.w_module
