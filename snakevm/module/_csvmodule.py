"""_csv: CSV parsing and writing by the host's C code behind the bridge.

Dialects are guest ``_csv.Dialect`` objects over host Dialect objects, built
from a guest dialect's attributes (Lib's csv.Dialect subclasses, or a name
in this VM's registry) plus keyword overrides, so the host validates them
with CPython's messages.  A reader pulls lines from the guest iterable
through a host iterator; a writer hands each formatted row to the guest
file's ``write``.  Fields that are guest objects are converted with the
guest's str() (floats with repr(), as CPython does)."""

import _csv as host_csv

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.space import space, STOP_ITERATION
from snakevm.objspace.typedef import builtin_type, method, new_method, getset
from snakevm.objspace.typeobject import MISSING
from snakevm.objspace.bridge import call_host_converted, to_host_arg
from snakevm.module.moduledef import ModuleDef
from snakevm.module.hostobjects import W_HostObject, host_object_type

_ATTRIBUTES = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
               "quoting", "skipinitialspace", "strict")


class CSVState:
    """This VM's dialect registry: name -> guest _csv.Dialect."""

    def __init__(self):
        self.dialects_w = {}
        self.w_error = None


csv_state = CSVState()


class W_Dialect(W_HostObject):
    pass


w_dialect_type = host_object_type("Dialect", "_csv", host_csv.Dialect, (), _ATTRIBUTES,
                                  acceptable_as_base=True, instance_class=W_Dialect)


def _identity(value):
    return value


def host_dialect(w_dialect, kwargs_w):
    """The host Dialect for a guest dialect argument and keyword overrides."""
    params = {}
    if isinstance(w_dialect, str):
        w_found = csv_state.dialects_w.get(w_dialect)
        if w_found is None:
            raise space.error(csv_state.w_error, "unknown dialect")
        w_dialect = w_found
    if isinstance(w_dialect, W_Dialect) and not kwargs_w:
        return w_dialect.host
    if w_dialect is not None:
        for name in _ATTRIBUTES:
            w_value = _attribute(w_dialect, name)
            if w_value is not MISSING:
                params[name] = to_host_arg(w_value)
    for name, w_value in kwargs_w.items():
        params[name] = to_host_arg(w_value)
    return call_host_converted(host_csv.Dialect, [], params, result=_identity)


def _attribute(w_obj, name):
    try:
        return space.getattr(w_obj, name)
    except OperationError as e:
        if not e.match(space.builtin_exception("AttributeError")):
            raise
        return MISSING


@new_method(w_dialect_type)
def dialect_new(w_cls, w_dialect=None, **kwargs_w):
    w_self = W_Dialect(host_dialect(w_dialect, kwargs_w), w_cls)
    if w_cls.has_dict:
        w_self.w_dict = space.newdict()
    return w_self


# -- reader ----------------------------------------------------------------------------------
class W_Reader(W_Root):
    def __init__(self, host, w_dialect):
        self.host = host
        self.w_dialect = w_dialect


w_reader_type = builtin_type("Reader", instance_class=W_Reader, module="_csv",
                             acceptable_as_base=False, doc=type(host_csv.reader([])).__doc__)


def _lines(w_iterable):
    w_iter = space.iter(w_iterable)
    while True:
        w_line = space.next(w_iter)
        if w_line is STOP_ITERATION:
            return
        yield to_host_arg(w_line)


def csv_reader(w_csvfile, w_dialect=None, **kwargs_w):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"""
    dialect = host_dialect(w_dialect if w_dialect is not None else "excel", kwargs_w)
    host = call_host_converted(host_csv.reader, [_lines(w_csvfile)], {"dialect": dialect},
                               result=_identity)
    return W_Reader(host, W_Dialect(host.dialect))


method(w_reader_type, "__iter__")(lambda w_self: w_self)


@method(w_reader_type, "__next__")
def reader_next(w_self):
    return call_host_converted(next, [w_self.host])


getset(w_reader_type, "dialect")(lambda w_self: w_self.w_dialect)
getset(w_reader_type, "line_num")(lambda w_self: w_self.host.line_num)


# -- writer ----------------------------------------------------------------------------------
class _GuestFile:
    """What the host writer writes to: the guest file's write()."""

    def __init__(self, w_write):
        self.w_write = w_write

    def write(self, text):
        return to_host_arg(space.call(self.w_write, [text]))


class W_Writer(W_Root):
    def __init__(self, host, w_dialect):
        self.host = host
        self.w_dialect = w_dialect


w_writer_type = builtin_type("Writer", instance_class=W_Writer, module="_csv",
                             acceptable_as_base=False,
                             doc=type(host_csv.writer(_GuestFile(None))).__doc__)


def csv_writer(w_fileobj, w_dialect=None, **kwargs_w):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"""
    w_write = space.findattr(w_fileobj, "write")
    if w_write is None:
        raise space.type_error('argument 1 must have a "write" method')
    dialect = host_dialect(w_dialect if w_dialect is not None else "excel", kwargs_w)
    host = call_host_converted(host_csv.writer, [_GuestFile(w_write)], {"dialect": dialect},
                               result=_identity)
    return W_Writer(host, W_Dialect(host.dialect))


def _host_field(w_field):
    if w_field is None or type(w_field) in (str, int, float, bool):
        return w_field
    if isinstance(w_field, W_Root) and space.isinstance_w(w_field,
                                                         space.builtins_type("float")):
        return space.repr(w_field)
    return space.str(w_field)


def _host_row(w_row):
    if space.type(w_row).lookup("__iter__") is None:
        raise space.error(csv_state.w_error, "iterable expected, not %s"
                          % space.type(w_row).name)
    return [_host_field(w) for w in space.unpack_iterable(w_row)]


@method(w_writer_type, "writerow")
def writer_writerow(w_self, w_row):
    """writerow(iterable)"""
    return call_host_converted(w_self.host.writerow, [_host_row(w_row)])


@method(w_writer_type, "writerows")
def writer_writerows(w_self, w_rows):
    """writerows(iterable of iterables)"""
    for w_row in space.unpack_iterable(w_rows):
        writer_writerow(w_self, w_row)
    return None


getset(w_writer_type, "dialect")(lambda w_self: w_self.w_dialect)


# -- the dialect registry --------------------------------------------------------------------
def csv_register_dialect(name, w_dialect=None, **kwargs_w):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise space.type_error("dialect name must be a string")
    csv_state.dialects_w[name] = W_Dialect(host_dialect(w_dialect, kwargs_w))
    return None


def csv_unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if csv_state.dialects_w.pop(name, None) is None:
        raise space.error(csv_state.w_error, "unknown dialect")
    return None


def csv_get_dialect(name):
    """Return the dialect instance associated with name."""
    w_dialect = csv_state.dialects_w.get(name)
    if w_dialect is None:
        raise space.error(csv_state.w_error, "unknown dialect")
    return w_dialect


def csv_list_dialects():
    """Return a list of all know dialect names."""
    return space.newlist(list(csv_state.dialects_w))


def make_module():
    m = ModuleDef("_csv", doc=host_csv.__doc__)
    csv_state.w_error = m.exception("Error", ("Exception",), host_csv.Error)
    m.function(csv_reader, "reader", keywords=True)
    m.function(csv_writer, "writer", keywords=True)
    m.function(csv_register_dialect, "register_dialect", keywords=True)
    m.function(csv_unregister_dialect, "unregister_dialect")
    m.function(csv_get_dialect, "get_dialect")
    m.function(csv_list_dialects, "list_dialects")
    m.host_functions(host_csv, ("field_size_limit",))
    for w_type in (w_dialect_type, w_reader_type, w_writer_type):
        m.type(w_type)
    for name in dir(host_csv):
        if name.startswith("QUOTE_"):
            m.value(name, getattr(host_csv, name))
    m.value("__version__", host_csv.__version__)
    m.value("_dialects", space.newdict())
    return m.w_module

