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
def tokenizer_iter_new(w_cls, *args_w, **kwargs_w):
    # Argument Clinic's checks for (readline, /, *, extra_tokens, encoding='utf-8').
    if len(args_w) != 1:
        raise space.type_error("tokenizeriter() takes exactly 1 positional argument "
                               "(%d given)" % len(args_w))
    if "extra_tokens" not in kwargs_w:
        raise space.type_error("tokenizeriter() missing required argument 'extra_tokens' "
                               "(pos 2)")
    for key in kwargs_w:
        if key not in ("extra_tokens", "encoding"):
            raise space.type_error("'%s' is an invalid keyword argument for tokenizeriter()"
                                   % key)
    options = {"extra_tokens": space.is_true(kwargs_w["extra_tokens"])}
    w_encoding = kwargs_w.get("encoding")
    if w_encoding is not None:
        encoding = to_host_arg(w_encoding)
        if not isinstance(encoding, str):
            raise space.type_error("tokenizeriter() argument 'encoding' must be str, not %s"
                                   % space.type(w_encoding).name)
        options["encoding"] = encoding
    w_readline = args_w[0]
    host = call_host_converted(host_tokenize.TokenizerIter, [_host_readline(w_readline)],
                               options, result=lambda value: value)
    return W_TokenizerIter(host, w_readline)


method(w_tokenizer_iter_type, "__iter__")(lambda w_self: w_self)


@method(w_tokenizer_iter_type, "__next__")
def tokenizer_iter_next(w_self):
    return call_host_converted(next, [w_self.host])


def make_module():
    m = ModuleDef("_tokenize")
    m.type(w_tokenizer_iter_type)
    return m.w_module
