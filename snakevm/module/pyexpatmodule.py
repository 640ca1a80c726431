"""pyexpat: the host's Expat parser behind the bridge (xml.etree, xml.dom,
xml.sax, plistlib and xmlrpc stand on it).

A guest ``xmlparser`` holds a host parser.  Handlers the guest sets are guest
callables; the host parser gets a host function for each that converts the
callback's arguments to guest values, calls the guest, and converts its result
back.  An exception a guest handler raises stops the host parse and comes out
of Parse() unchanged, as in CPython.  ParseFile reads the guest file object
in guest code and feeds the host parser.  ``errors`` and ``model`` are guest
modules with the host's constants; host ExpatError becomes the guest
ExpatError with its ``code``, ``lineno`` and ``offset``."""

import pyexpat as host_expat

from snakevm.interpreter import state
from snakevm.objspace.bridge import (to_guest, to_host_arg, call_host_converted, host_buffer,
                                     register_exception)
from snakevm.objspace.dictobject import W_Dict
from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space
from snakevm.objspace.typedef import builtin_type, method, getset, NOT_GIVEN
from snakevm.module.moduledef import ModuleDef

_SAMPLE = host_expat.ParserCreate()
HANDLER_NAMES = tuple(n for n in dir(_SAMPLE) if n.endswith("Handler")) + ("DefaultHandlerExpand",)
SETTABLE = ("buffer_text", "buffer_size", "ordered_attributes", "specified_attributes",
            "namespace_prefixes")
READ_ONLY = ("buffer_used", "ErrorCode", "ErrorLineNumber", "ErrorColumnNumber",
             "ErrorByteIndex", "CurrentLineNumber", "CurrentColumnNumber", "CurrentByteIndex")
PARSEFILE_CHUNK = 2048


class W_XMLParser(W_Root):
    def __init__(self, host, w_intern=None):
        self.host = host            # the host pyexpat parser
        self.handlers_w = {}        # handler name -> the guest callable set
        self.w_intern = w_intern    # the guest's intern dict (the host parser has its own)

    def iter_refs(self):
        yield from self.handlers_w.values()
        if self.w_intern is not None:
            yield self.w_intern

    def clear_refs(self):
        self.handlers_w.clear()
        self.w_intern = None

    def clear_handlers(self):
        """After a handler raised: CPython's parser drops every handler."""
        for name in list(self.handlers_w):
            setattr(self.host, name, None)
        self.handlers_w.clear()


w_xmlparser_type = builtin_type("xmlparser", instance_class=W_XMLParser, module="pyexpat",
                                acceptable_as_base=False, doc=type(_SAMPLE).__doc__)


def _host_handler(w_parser, w_callable):
    """The host function the host parser calls for a guest handler."""
    def handler(*args):
        outer = state.in_host_call
        state.in_host_call = False          # guest code runs again
        try:
            w_result = space.call(w_callable, [to_guest(a) for a in args])
        except OperationError:
            w_parser.clear_handlers()
            raise
        finally:
            state.in_host_call = outer
        return to_host_arg(w_result)
    return handler


def _declare_handler(name):
    def get(w_self):
        return w_self.handlers_w.get(name)

    def set_(w_self, w_value):
        if w_value is None:
            w_self.handlers_w.pop(name, None)
            call_host_converted(setattr, [w_self.host, name, None])
            return
        w_self.handlers_w[name] = w_value
        call_host_converted(setattr, [w_self.host, name, _host_handler(w_self, w_value)])
    getset(w_xmlparser_type, name, setter=set_)(get)


for _name in HANDLER_NAMES:
    _declare_handler(_name)


def _declare_attribute(name, settable):
    def get(w_self):
        return call_host_converted(getattr, [w_self.host, name])

    def set_(w_self, w_value):
        call_host_converted(setattr, [w_self.host, name, to_host_arg(w_value)])
    getset(w_xmlparser_type, name, setter=set_ if settable else None)(get)


for _name in SETTABLE:
    _declare_attribute(_name, True)
getset(w_xmlparser_type, "intern")(lambda w_self: w_self.w_intern)
for _name in READ_ONLY:
    _declare_attribute(_name, False)


def _data(w_data):
    if isinstance(w_data, str):
        return str(w_data)
    buffer = host_buffer(w_data)
    if buffer is None:
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type(w_data).name)
    return bytes(memoryview(buffer))


@method(w_xmlparser_type, "Parse", doc=_SAMPLE.Parse.__doc__)
def xmlparser_parse(w_self, w_data, isfinal=False, /):
    return call_host_converted(w_self.host.Parse, [_data(w_data), to_host_arg(isfinal)])


@method(w_xmlparser_type, "ParseFile", doc=_SAMPLE.ParseFile.__doc__)
def xmlparser_parsefile(w_self, w_file, /):
    w_read = space.findattr(w_file, "read")
    if w_read is None:
        raise space.type_error("argument must have 'read' attribute")
    while True:
        w_data = space.call(w_read, [PARSEFILE_CHUNK])
        if not isinstance(w_data, (bytes, str)):
            raise space.type_error("read() did not return a bytes object (type=%s)"
                                   % space.type(w_data).name)
        last = len(w_data) == 0
        result = call_host_converted(w_self.host.Parse, [w_data, last])
        if last:
            return result


@method(w_xmlparser_type, "SetBase", doc=_SAMPLE.SetBase.__doc__)
def xmlparser_setbase(w_self, base, /):
    return call_host_converted(w_self.host.SetBase, [to_host_arg(base)])


@method(w_xmlparser_type, "GetBase", doc=_SAMPLE.GetBase.__doc__)
def xmlparser_getbase(w_self):
    return call_host_converted(w_self.host.GetBase, [])


@method(w_xmlparser_type, "GetInputContext", doc=_SAMPLE.GetInputContext.__doc__)
def xmlparser_getinputcontext(w_self):
    return call_host_converted(w_self.host.GetInputContext, [])


@method(w_xmlparser_type, "SetParamEntityParsing", doc=_SAMPLE.SetParamEntityParsing.__doc__)
def xmlparser_setparamentityparsing(w_self, flag, /):
    return call_host_converted(w_self.host.SetParamEntityParsing, [to_host_arg(flag)])


@method(w_xmlparser_type, "UseForeignDTD", doc=_SAMPLE.UseForeignDTD.__doc__)
def xmlparser_useforeigndtd(w_self, flag=True, /):
    return call_host_converted(w_self.host.UseForeignDTD, [to_host_arg(flag)])


@method(w_xmlparser_type, "ExternalEntityParserCreate",
        doc=_SAMPLE.ExternalEntityParserCreate.__doc__)
def xmlparser_externalentityparsercreate(w_self, context, encoding=NOT_GIVEN, /):
    args = [to_host_arg(context)] + ([] if encoding is NOT_GIVEN else [to_host_arg(encoding)])
    w_parser = W_XMLParser(call_host_converted(w_self.host.ExternalEntityParserCreate, args,
                                               result=lambda value: value), w_self.w_intern)
    for name, w_handler in w_self.handlers_w.items():     # the new parser inherits them
        w_parser.handlers_w[name] = w_handler
    return w_parser


def parser_create(encoding=None, namespace_separator=None, intern=NOT_GIVEN):
    """Return a new XML parser object."""
    for what, value in (("encoding", encoding), ("namespace_separator", namespace_separator)):
        if value is not None and not isinstance(value, str):
            raise space.type_error("ParserCreate() argument '%s' must be str or None, not %s"
                                   % (what, space.type(value).name))
    if intern is NOT_GIVEN:
        w_intern = space.newdict()
    elif intern is None or isinstance(intern, W_Dict):
        w_intern = intern
    else:
        raise space.type_error("intern must be a dictionary")
    return W_XMLParser(call_host_converted(
        host_expat.ParserCreate, [None if encoding is None else str(encoding),
                                  None if namespace_separator is None
                                  else str(namespace_separator)],
        result=lambda value: value), w_intern)


def _constants_module(name, host_module):
    sub = ModuleDef(name, doc=host_module.__doc__)
    for key in dir(host_module):
        if not key.startswith("__"):
            sub.value(key, to_guest(getattr(host_module, key)))
    return sub.w_module


def _expat_error(w_class):
    def convert(e):
        w_error = space.call(w_class, [to_guest(a) for a in e.args])
        for attribute in ("code", "lineno", "offset"):
            if hasattr(e, attribute):
                space.setattr(w_error, attribute, getattr(e, attribute))
        return OperationError(w_error)
    return convert


def make_module():
    m = ModuleDef("pyexpat", doc=host_expat.__doc__)
    m.function(parser_create, "ParserCreate", keywords=True)
    m.host_functions(host_expat, ("ErrorString",))
    m.type(w_xmlparser_type, "XMLParserType")
    w_error = m.exception("ExpatError", module="xml.parsers.expat")
    register_exception(host_expat.ExpatError, lambda: w_error, convert=_expat_error(w_error))
    m.value("error", w_error)
    for name in ("EXPAT_VERSION", "version_info", "native_encoding", "features",
                 "XML_PARAM_ENTITY_PARSING_ALWAYS", "XML_PARAM_ENTITY_PARSING_NEVER",
                 "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE"):
        m.host_value(name, getattr(host_expat, name))
    m.value("errors", _constants_module("pyexpat.errors", host_expat.errors))
    m.value("model", _constants_module("pyexpat.model", host_expat.model))
    return m.w_module
