"""_sre: the regular-expression engine behind Lib's ``re`` (interpreter level).

The guest runs Lib's re._parser and re._compiler, which produce the engine's
code list; ``compile`` hands that code to the *host's* _sre engine (same
CPython version, same code format), so matching runs in C on the unboxed
subject string.  docs/regex.md explains the choice by measurement.

Guest objects: ``re.Pattern`` (W_Pattern), ``re.Match`` (W_Match),
``_sre.SRE_Scanner`` and ``_sre.SRE_Template`` hold their host counterparts
and the guest objects CPython's would reference (the pattern and subject
objects the program passed).  Replacement templates are parsed by the guest's
``re._compile_template`` (so a bad template raises the guest's re.error, as
in CPython, whose C code calls back into re); a callable replacement is
called as guest code with a guest Match.
"""

import _sre as host_sre
import re as host_re

from snakevm.objspace.root import W_Root
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset, classmethod_
from snakevm.objspace.bridge import to_host_arg, to_guest, call_host_converted
from snakevm.objspace.genericalias import new_generic_alias
from snakevm.objspace.iterobject import W_CallableIterator
from snakevm.module.moduledef import ModuleDef, import_guest

GUEST_MAGIC = 20221023           # re._constants.MAGIC of CPython 3.12's Lib
HOST_RUNS_GUEST_CODE = host_sre.MAGIC == GUEST_MAGIC


class W_Pattern(W_Root):
    def __init__(self, host, w_pattern):
        self.host = host
        self.w_pattern = w_pattern          # the str/bytes object given to re.compile


class W_Match(W_Root):
    def __init__(self, host, w_re, w_string):
        self.host = host
        self.w_re = w_re
        self.w_string = w_string            # the subject object the program passed


class W_Scanner(W_Root):
    def __init__(self, host, w_re, w_string):
        self.host = host
        self.w_re = w_re
        self.w_string = w_string


class W_Template(W_Root):
    def __init__(self, host):
        self.host = host


w_pattern_type = builtin_type("Pattern", instance_class=W_Pattern, module="re",
                              acceptable_as_base=False, doc=host_re.Pattern.__doc__)
w_match_type = builtin_type("Match", instance_class=W_Match, module="re",
                            acceptable_as_base=False, doc=host_re.Match.__doc__)
w_scanner_type = builtin_type("SRE_Scanner", instance_class=W_Scanner, module="_sre",
                              acceptable_as_base=False)
w_template_type = builtin_type("SRE_Template", instance_class=W_Template, module="_sre",
                               acceptable_as_base=False)


# -- conversions -------------------------------------------------------------------------------
def _guest_result(w_owner):
    """Convert a host result of a match/pattern method; substrings of a memoryview
    subject stay views of the guest's exporter."""
    def convert(value):
        if isinstance(value, memoryview):
            from snakevm.objspace.memoryviewobject import W_MemoryView   # after the space
            return W_MemoryView(getattr(w_owner.w_string, "w_obj", w_owner.w_string), value)
        return to_guest(value)
    return convert


def _match_or_none(w_re, w_string):
    def convert(host_match):
        if host_match is None:
            return None
        return W_Match(host_match, w_re, w_string)
    return convert


def _call(host_method, args_w, kwargs_w=None, result=to_guest):
    return call_host_converted(host_method, [to_host_arg(w) for w in args_w],
                               {k: to_host_arg(w) for k, w in (kwargs_w or {}).items()},
                               result)


def _subject(args_w, kwargs_w):
    """The guest subject object of a pattern method (first argument or string=)."""
    if args_w:
        return args_w[0]
    return kwargs_w.get("string") if kwargs_w else None


# -- module functions --------------------------------------------------------------------------
def sre_compile(w_pattern, flags, w_code, groups, w_groupindex, w_indexgroup):
    """compile(pattern, flags, code, groups, groupindex, indexgroup)"""
    pattern = to_host_arg(w_pattern)
    if HOST_RUNS_GUEST_CODE:
        code = [space.index(w) for w in space.unpack_iterable(w_code)]
        groupindex = {to_host_arg(k): space.index(v) for k, v in w_groupindex.storage.items()}
        indexgroup = tuple(to_host_arg(w) for w in space.unpack_iterable(w_indexgroup))
        host = call_host_converted(host_sre.compile, [pattern, flags, code, groups,
                                                      groupindex, indexgroup],
                                   result=lambda value: value)
    else:
        # Another host version: its engine reads another code format, so the host
        # compiles the same pattern itself (the guest's parser has already checked it).
        host = call_host_converted(host_re.compile, [pattern, flags & ~host_re.DEBUG],
                                   result=lambda value: value)
    return W_Pattern(host, w_pattern)


def sre_template(w_pattern, w_template):
    """template(pattern, template)"""
    if not isinstance(w_pattern, W_Pattern):
        raise space.type_error("template() argument 1 must be re.Pattern, not %s"
                               % space.type(w_pattern).name)
    items = [to_host_arg(w) for w in space.unpack_iterable(w_template)]
    return W_Template(call_host_converted(host_sre.template, [w_pattern.host, items],
                                          result=lambda value: value))


# -- Pattern -----------------------------------------------------------------------------------
def _pattern_matcher(name):
    def matcher(w_self, *args_w, **kwargs_w):
        return _call(getattr(w_self.host, name), args_w, kwargs_w,
                     _match_or_none(w_self, _subject(args_w, kwargs_w)))
    matcher.__name__ = name
    return matcher


for _name in ("match", "fullmatch", "search"):
    method(w_pattern_type, _name, keywords=True,
           doc=getattr(host_re.Pattern, _name).__doc__)(_pattern_matcher(_name))


@method(w_pattern_type, "findall", keywords=True)
def pattern_findall(w_self, *args_w, **kwargs_w):
    """Return a list of all non-overlapping matches of pattern in string."""
    return _call(w_self.host.findall, args_w, kwargs_w)


@method(w_pattern_type, "split", keywords=True)
def pattern_split(w_self, *args_w, **kwargs_w):
    """Split string by the occurrences of pattern."""
    return _call(w_self.host.split, args_w, kwargs_w)


@method(w_pattern_type, "finditer", keywords=True)
def pattern_finditer(w_self, *args_w, **kwargs_w):
    """Return an iterator over all non-overlapping matches for the RE pattern in string.

    For each match, the iterator returns a match object."""
    w_scanner = pattern_scanner(w_self, *args_w, **kwargs_w)
    return W_CallableIterator(space.getattr(w_scanner, "search"), None)


@method(w_pattern_type, "scanner", keywords=True)
def pattern_scanner(w_self, *args_w, **kwargs_w):
    host = _call(w_self.host.scanner, args_w, kwargs_w, result=lambda value: value)
    return W_Scanner(host, w_self, _subject(args_w, kwargs_w))


def _replacement(w_pattern, w_repl):
    """The host replacement for sub/subn: literal strings as they are, templates
    checked by the guest's re module first, guest callables wrapped."""
    repl = to_host_arg(w_repl)
    if isinstance(repl, (str, bytes, bytearray, memoryview)):
        literal = bytes(repl) if isinstance(repl, (bytearray, memoryview)) else repl
        if (b"\\" if isinstance(literal, bytes) else "\\") in literal:
            w_re = import_guest("re")
            space.call(space.getattr(w_re, "_compile_template"), [w_pattern, w_repl])
        return literal
    if space.findattr(w_repl, "__call__") is None:
        return repl                       # the host reports the wrong type

    def call_guest(host_match):
        w_match = W_Match(host_match, w_pattern, None)
        w_match.w_string = _current_subject[-1]
        w_result = space.call(w_repl, [w_match])
        return to_host_arg(w_result) if w_result is not None else None
    return call_guest


_current_subject = [None]


def _substitute(name):
    def substitute(w_self, *args_w, **kwargs_w):
        args_w = list(args_w)
        kwargs_w = dict(kwargs_w)
        if args_w:
            repl = _replacement(w_self, args_w[0])
            w_subject = args_w[1] if len(args_w) > 1 else kwargs_w.get("string")
            rest = [to_host_arg(w) for w in args_w[1:]]
            args = [repl] + rest
        else:
            w_repl = kwargs_w.pop("repl", None)
            if w_repl is None:
                return _call(getattr(w_self.host, name), [], kwargs_w)
            repl = _replacement(w_self, w_repl)
            w_subject = kwargs_w.get("string")
            args = [repl]
        kwargs = {k: to_host_arg(w) for k, w in kwargs_w.items()}
        _current_subject.append(w_subject)
        try:
            return call_host_converted(getattr(w_self.host, name), args, kwargs)
        finally:
            _current_subject.pop()
    substitute.__name__ = name
    return substitute


method(w_pattern_type, "sub", keywords=True, doc=host_re.Pattern.sub.__doc__)(
    _substitute("sub"))
method(w_pattern_type, "subn", keywords=True, doc=host_re.Pattern.subn.__doc__)(
    _substitute("subn"))

getset(w_pattern_type, "pattern")(lambda w_self: w_self.w_pattern)
getset(w_pattern_type, "flags")(lambda w_self: w_self.host.flags)
getset(w_pattern_type, "groups")(lambda w_self: w_self.host.groups)


@getset(w_pattern_type, "groupindex")
def pattern_groupindex(w_self):
    return space.new_mappingproxy({to_guest(k): to_guest(v)
                                   for k, v in w_self.host.groupindex.items()})


@method(w_pattern_type, "__repr__")
def pattern_repr(w_self):
    return repr(w_self.host)


@method(w_pattern_type, "__eq__")
def pattern_eq(w_self, w_other):
    if not isinstance(w_other, W_Pattern):
        return space.w_NotImplemented
    return w_self.host == w_other.host


@method(w_pattern_type, "__ne__")
def pattern_ne(w_self, w_other):
    if not isinstance(w_other, W_Pattern):
        return space.w_NotImplemented
    return w_self.host != w_other.host


@method(w_pattern_type, "__hash__")
def pattern_hash(w_self):
    return hash(w_self.host)


for _type in (w_pattern_type, w_match_type):
    method(_type, "__copy__")(lambda w_self: w_self)
    method(_type, "__deepcopy__")(lambda w_self, w_memo: w_self)


for _type in (w_pattern_type, w_match_type):
    classmethod_(_type, "__class_getitem__", doc="See PEP 585")(new_generic_alias)


# -- Match -------------------------------------------------------------------------------------
def _match_method(name):
    def call(w_self, *args_w, **kwargs_w):
        return _call(getattr(w_self.host, name), args_w, kwargs_w, _guest_result(w_self))
    call.__name__ = name
    return call


for _name in ("group", "groups", "groupdict", "start", "end", "span", "__getitem__"):
    method(w_match_type, _name, keywords=True,
           doc=getattr(host_re.Match, _name).__doc__)(_match_method(_name))

for _name in ("pos", "endpos", "lastindex", "lastgroup", "regs"):
    getset(w_match_type, _name)((lambda n: lambda w_self: to_guest(getattr(w_self.host, n)))(
        _name))
getset(w_match_type, "re")(lambda w_self: w_self.w_re)
getset(w_match_type, "string")(lambda w_self: w_self.w_string)


@method(w_match_type, "expand")
def match_expand(w_self, w_template):
    """Return the string obtained by doing backslash substitution on the string template,
    as done by the sub() method."""
    repl = _replacement(w_self.w_re, w_template)
    return _call(w_self.host.expand, [repl] if not callable(repl) else [w_template],
                 result=_guest_result(w_self))


@method(w_match_type, "__repr__")
def match_repr(w_self):
    return repr(w_self.host)


@method(w_match_type, "__bool__")
def match_bool(w_self):
    return True


# -- Scanner -----------------------------------------------------------------------------------
def _scanner_method(name):
    def call(w_self):
        return call_host_converted(getattr(w_self.host, name), [],
                                   result=_match_or_none(w_self.w_re, w_self.w_string))
    call.__name__ = name
    return call


method(w_scanner_type, "match")(_scanner_method("match"))
method(w_scanner_type, "search")(_scanner_method("search"))
getset(w_scanner_type, "pattern")(lambda w_self: w_self.w_re)


def make_module():
    m = ModuleDef("_sre")
    m.function(sre_compile, "compile", keywords=True)
    m.function(sre_template, "template")
    m.host_functions(host_sre, ("getcodesize", "ascii_iscased", "unicode_iscased",
                                "ascii_tolower", "unicode_tolower"))
    m.value("MAGIC", GUEST_MAGIC)
    m.value("CODESIZE", host_sre.CODESIZE)
    m.value("MAXREPEAT", host_sre.MAXREPEAT)
    m.value("MAXGROUPS", host_sre.MAXGROUPS)
    m.value("copyright", host_sre.copyright)
    return m.w_module

