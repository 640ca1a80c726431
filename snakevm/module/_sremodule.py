"""_sre: the regular-expression engine behind Lib's ``re`` (interpreter level).

The guest runs Lib's re._parser and re._compiler, which produce the engine's
code list; ``compile`` hands that code to the *host's* _sre engine (same
CPython version, same code format), so matching runs in C on the unboxed
subject string -- or on the shared host buffer of a bytearray, memoryview or
array subject (bridge.to_host_arg), so a match sees later changes of its
subject as CPython's does.  docs/regex.md explains the choice by measurement.

Guest objects: ``re.Pattern`` (W_Pattern), ``re.Match`` (W_Match),
``_sre.SRE_Scanner`` and ``_sre.SRE_Template`` hold their host counterparts
plus the guest objects CPython's would reference (the pattern and subject
objects the program passed: ``m.string`` is the program's str subclass
instance or bytearray, not a host copy).

Replacement templates: CPython's C code calls ``re._compile_template`` of the
Python ``re`` module; here that is the *guest's* re (so a bad template raises
the guest's re.error, with the guest traceback).  Once a (pattern, template)
pair has compiled, the host engine expands it itself (it parses the same
template with the same Lib); a host-side set remembers the pairs the guest
has accepted so repeated substitutions do not re-enter guest code.  A callable
replacement is called as guest code with a guest Match.
"""

import _sre as host_sre
import re as host_re

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.objspace.typedef import builtin_type, method, getset, classmethod_
from snakevm.objspace.slots import W_ReadonlyMember
from snakevm.objspace.bridge import to_host, to_host_arg, to_guest, call_host_converted
from snakevm.objspace.genericalias import new_generic_alias
from snakevm.objspace.iterobject import W_CallableIterator
from snakevm.objspace.listobject import W_List
from snakevm.objspace.dictobject import W_Dict
from snakevm.module.builtins import builtin_callable
from snakevm.module.moduledef import ModuleDef, import_guest

GUEST_MAGIC = 20221023           # re._constants.MAGIC of CPython 3.12's Lib
HOST_RUNS_GUEST_CODE = host_sre.MAGIC == GUEST_MAGIC
HOST_TEMPLATE = getattr(host_sre, "template", None)       # new in CPython 3.12


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
for _w_type in (w_pattern_type, w_match_type, w_scanner_type, w_template_type):
    _w_type.heap_type = True     # CPython makes them from specs (copyreg reads __flags__)
    _w_type.disallow_instantiation = True       # (so __new__ is object's)
HOST_TYPES = ((w_pattern_type, host_re.Pattern), (w_match_type, host_re.Match),
              (w_scanner_type, type(host_re.compile("").scanner(""))))


def _host_doc(host_type, name):
    return getattr(host_type.__dict__.get(name), "__doc__", None)


def _declare_method(w_type, host_type, name, func):
    """A method with CPython's docstring and text signature (taken from the host)."""
    method(w_type, name, keywords=True, doc=_host_doc(host_type, name))(func)
    w_type.dict_w[name].text_signature = getattr(host_type.__dict__[name],
                                                 "__text_signature__", None)


def _declare_member(w_type, host_type, name, getter):
    w_type.dict_w[name] = W_ReadonlyMember(name, w_type, getter, _host_doc(host_type, name))


def _declare_getset(w_type, host_type, name, getter):
    getset(w_type, name, doc=_host_doc(host_type, name))(getter)


# -- conversions -------------------------------------------------------------------------------
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


def _unwrap_exact(w_obj, w_type):
    """The host list/dict/tuple behind a guest argument that must be of that exact
    kind; anything else crosses as itself so the host reports the wrong type."""
    if isinstance(w_obj, W_List) and w_type == "list":
        return [to_host(w) for w in w_obj.items_w]
    if isinstance(w_obj, W_Dict) and w_type == "dict":
        return {to_host(k): to_host(v) for k, v in w_obj.storage.items()}
    return to_host_arg(w_obj)


# -- module functions --------------------------------------------------------------------------
def sre_compile(w_pattern, w_flags, w_code, w_groups, w_groupindex, w_indexgroup):
    # (no docstring: CPython's _sre.compile has none)
    pattern = to_host_arg(w_pattern)
    if HOST_RUNS_GUEST_CODE:
        host = call_host_converted(host_sre.compile, [
            pattern, to_host_arg(w_flags), _unwrap_exact(w_code, "list"), to_host_arg(w_groups),
            _unwrap_exact(w_groupindex, "dict"), to_host_arg(w_indexgroup)],
            result=lambda value: value)
    else:
        # Another host version: its engine reads another code format, so the host
        # compiles the same pattern itself (the guest's parser has already checked it).
        host = call_host_converted(host_re.compile, [pattern, space.index(w_flags) &
                                                     ~host_re.DEBUG],
                                   result=lambda value: value)
    return W_Pattern(host, w_pattern)


def sre_template(w_pattern, w_template):
    host_pattern = w_pattern.host if isinstance(w_pattern, W_Pattern) else to_host_arg(w_pattern)
    if HOST_TEMPLATE is None:
        # A 3.11 host has no _sre.template: the template only records that the guest's
        # re accepted the replacement; the host engine substitutes the plain string.
        return W_Template(None)
    return call_host_converted(HOST_TEMPLATE,
                               [host_pattern, _unwrap_exact(w_template, "list")],
                               result=W_Template)


# -- replacements (sub, subn, expand) ----------------------------------------------------------
_ACCEPTED_TEMPLATES = set()          # (host pattern, template) the guest's re has compiled
_ACCEPTED_LIMIT = 4096


def _is_literal(repl):
    """CPython's test: a str or buffer without a backslash needs no template."""
    if isinstance(repl, str):
        return "\\" not in repl
    try:
        return b"\\" not in memoryview(repl).tobytes()
    except (TypeError, ValueError):
        return False


def _plain(repl):
    """The exact str/bytes value of a template argument (for the host engine)."""
    if isinstance(repl, str):
        return str(repl)
    return bytes(memoryview(repl))


def _compile_template(w_pattern, w_template, template):
    """Have the guest's re._compile_template accept the template (CPython's
    compile_template): its errors are the guest's re.error."""
    try:
        plain = _plain(template)
    except TypeError:
        plain = None                    # not str/bytes-like: the guest reports it
    key = (w_pattern.host, type(plain), plain)
    try:
        if key in _ACCEPTED_TEMPLATES:
            return
    except TypeError:                   # a bytearray pattern: not remembered
        plain = None
    w_compile = space.getattr(import_guest("re"), "_compile_template")
    try:
        w_result = space.call(w_compile, [w_pattern, w_template])
    except OperationError as e:
        if not e.match(space.builtin_exception("TypeError")):
            raise
        # unhashable (bytearray) or subclass templates: retry with the exact str/bytes
        if isinstance(template, str) and type(w_template) is not str:
            w_template = str(template)
        elif type(w_template) is not bytes and _is_buffer(template):
            w_template = bytes(memoryview(template))
        else:
            raise
        w_result = space.call(w_compile, [w_pattern, w_template])
    if not isinstance(w_result, W_Template):
        raise space.error(space.builtin_exception("RuntimeError"),
                          "the result of compiling a replacement string is %s"
                          % space.type(w_result).tp_name())
    if plain is not None:
        if len(_ACCEPTED_TEMPLATES) >= _ACCEPTED_LIMIT:
            _ACCEPTED_TEMPLATES.clear()
        _ACCEPTED_TEMPLATES.add(key)


def _is_buffer(value):
    try:
        memoryview(value)
    except TypeError:
        return False
    return True


def _guest_callable(w_pattern, w_repl, w_subject):
    """A host callable for the host engine: each host match reaches the guest
    function as a guest Match; its result crosses back unboxed."""
    def call_guest(host_match):
        w_result = space.call(w_repl, [W_Match(host_match, w_pattern, w_subject)])
        return to_host_arg(w_result) if w_result is not None else None
    return call_guest


def _replacement(w_pattern, w_repl, w_subject):
    """The host replacement for sub/subn (CPython's pattern_subx)."""
    if builtin_callable(w_repl):
        return _guest_callable(w_pattern, w_repl, w_subject)
    repl = to_host_arg(w_repl)
    if _is_literal(repl):
        return repl
    _compile_template(w_pattern, w_repl, repl)
    return _plain(repl)


# -- Pattern -----------------------------------------------------------------------------------
def _pattern_matcher(name):
    def matcher(w_self, *args_w, **kwargs_w):
        return _call(getattr(w_self.host, name), args_w, kwargs_w,
                     _match_or_none(w_self, _subject(args_w, kwargs_w)))
    matcher.__name__ = name
    return matcher


for _name in ("match", "fullmatch", "search"):
    _declare_method(w_pattern_type, host_re.Pattern, _name, _pattern_matcher(_name))


def pattern_findall(w_self, *args_w, **kwargs_w):
    return _call(w_self.host.findall, args_w, kwargs_w)


def pattern_split(w_self, *args_w, **kwargs_w):
    return _call(w_self.host.split, args_w, kwargs_w)


def pattern_scanner(w_self, *args_w, **kwargs_w):
    host = _call(w_self.host.scanner, args_w, kwargs_w, result=lambda value: value)
    return W_Scanner(host, w_self, _subject(args_w, kwargs_w))


class W_FindIter(W_CallableIterator):
    """finditer's result: CPython's callable_iterator over scanner.search (the
    guest-visible callable), stepping the host scanner directly."""

    def __init__(self, w_scanner):
        W_CallableIterator.__init__(self, space.getattr(w_scanner, "search"), None)
        self.w_scanner = w_scanner

    def next_w(self):
        if self.w_callable is None:
            return STOP_ITERATION
        w_match = scanner_search(self.w_scanner)
        if w_match is None:
            self.w_callable = None
            return STOP_ITERATION
        return w_match


def pattern_finditer(w_self, *args_w, **kwargs_w):
    return W_FindIter(pattern_scanner(w_self, *args_w, **kwargs_w))


_declare_method(w_pattern_type, host_re.Pattern, "findall", pattern_findall)
_declare_method(w_pattern_type, host_re.Pattern, "split", pattern_split)
_declare_method(w_pattern_type, host_re.Pattern, "scanner", pattern_scanner)
_declare_method(w_pattern_type, host_re.Pattern, "finditer", pattern_finditer)


def _substitute(name):
    def substitute(w_self, *args_w, **kwargs_w):
        host_method = getattr(w_self.host, name)
        kwargs_w = dict(kwargs_w)
        if args_w:
            w_repl, rest_w = args_w[0], args_w[1:]
        elif "repl" in kwargs_w:
            w_repl, rest_w = kwargs_w.pop("repl"), ()
        else:                               # the host reports the missing argument
            return _call(host_method, args_w, kwargs_w)
        w_subject = rest_w[0] if rest_w else kwargs_w.get("string")
        args = [to_host_arg(w) for w in rest_w]
        kwargs = {k: to_host_arg(w) for k, w in kwargs_w.items()}
        if w_subject is None and "string" not in kwargs_w:   # missing subject: host message
            return call_host_converted(host_method, [to_host_arg(w_repl)] + args, kwargs)
        repl = _replacement(w_self, w_repl, w_subject)
        return call_host_converted(host_method, [repl] + args, kwargs)
    substitute.__name__ = name
    return substitute


_declare_method(w_pattern_type, host_re.Pattern, "sub", _substitute("sub"))
_declare_method(w_pattern_type, host_re.Pattern, "subn", _substitute("subn"))

_declare_member(w_pattern_type, host_re.Pattern, "pattern", lambda w_self: w_self.w_pattern)
_declare_member(w_pattern_type, host_re.Pattern, "flags", lambda w_self: w_self.host.flags)
_declare_member(w_pattern_type, host_re.Pattern, "groups", lambda w_self: w_self.host.groups)


def pattern_groupindex(w_self):
    groupindex = w_self.host.groupindex
    if isinstance(groupindex, dict):        # CPython: no named groups -> a new empty dict
        return space.newdict()
    return space.new_mappingproxy(dict(groupindex))


_declare_getset(w_pattern_type, host_re.Pattern, "groupindex", pattern_groupindex)


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
    return call_host_converted(hash, [w_self.host])


for _w_type, _host_type in HOST_TYPES[:2]:
    _declare_method(_w_type, _host_type, "__copy__", lambda w_self: w_self)
    _declare_method(_w_type, _host_type, "__deepcopy__", lambda w_self, w_memo: w_self)
    classmethod_(_w_type, "__class_getitem__", doc="See PEP 585")(new_generic_alias)


# -- Match -------------------------------------------------------------------------------------
def _match_method(name):
    def call(w_self, *args_w, **kwargs_w):
        return _call(getattr(w_self.host, name), args_w, kwargs_w)
    call.__name__ = name
    return call


for _name in ("group", "groups", "groupdict", "start", "end", "span", "__getitem__"):
    _declare_method(w_match_type, host_re.Match, _name, _match_method(_name))

for _name in ("lastindex", "lastgroup", "regs"):
    _declare_getset(w_match_type, host_re.Match, _name,
                    (lambda n: lambda w_self: to_guest(getattr(w_self.host, n)))(_name))
for _name in ("pos", "endpos"):
    _declare_member(w_match_type, host_re.Match, _name,
                    (lambda n: lambda w_self: getattr(w_self.host, n))(_name))
_declare_member(w_match_type, host_re.Match, "re", lambda w_self: w_self.w_re)
_declare_member(w_match_type, host_re.Match, "string", lambda w_self: w_self.w_string)


def match_expand(w_self, *args_w, **kwargs_w):
    if len(args_w) + len(kwargs_w) != 1 or (kwargs_w and "template" not in kwargs_w):
        return _call(w_self.host.expand, args_w, kwargs_w)     # the host's argument errors
    w_template = args_w[0] if args_w else kwargs_w["template"]
    template = to_host_arg(w_template)
    _compile_template(w_self.w_re, w_template, template)       # CPython always compiles here
    return call_host_converted(w_self.host.expand, [_plain(template)])


_declare_method(w_match_type, host_re.Match, "expand", match_expand)


@method(w_match_type, "__repr__")
def match_repr(w_self):
    return repr(w_self.host)


# -- Scanner -----------------------------------------------------------------------------------
def _scanner_method(name):
    def call(w_self):
        return call_host_converted(getattr(w_self.host, name), [],
                                   result=_match_or_none(w_self.w_re, w_self.w_string))
    call.__name__ = name
    return call


_SCANNER = HOST_TYPES[2][1]
_declare_method(w_scanner_type, _SCANNER, "match", _scanner_method("match"))
scanner_search = _scanner_method("search")
_declare_method(w_scanner_type, _SCANNER, "search", scanner_search)
_declare_member(w_scanner_type, _SCANNER, "pattern", lambda w_self: w_self.w_re)


def make_module():
    m = ModuleDef("_sre")
    w_compile = m.function(sre_compile, "compile", keywords=True)
    w_compile.doc = None
    w_template = m.function(sre_template, "template",
                            doc=getattr(HOST_TEMPLATE, "__doc__", None))
    w_template.text_signature = getattr(HOST_TEMPLATE, "__text_signature__", None)
    m.host_functions(host_sre, ("getcodesize", "ascii_iscased", "unicode_iscased",
                                "ascii_tolower", "unicode_tolower"))
    m.value("MAGIC", GUEST_MAGIC)
    m.value("CODESIZE", host_sre.CODESIZE)
    m.value("MAXREPEAT", host_sre.MAXREPEAT)
    m.value("MAXGROUPS", host_sre.MAXGROUPS)
    m.value("copyright", host_sre.copyright)
    return m.w_module
