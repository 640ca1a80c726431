"""time: the host's time functions behind the bridge (interpreter level).

Clocks, sleep, formatting and conversions are the host's C functions on
unboxed numbers and strings.  ``struct_time`` is a guest struct sequence
(objspace/structseq.py) with the hidden fields tm_zone and tm_gmtoff; host
struct_time results become guest ones and guest ones (or 9-tuples) become
host ones on the way in.  ``strptime`` runs Lib's ``_strptime`` in the guest,
as CPython's C code does.  ``sleep`` is a blocking host call: a signal
handler may interrupt it (see _signalmodule.py)."""

import time as host_time

from snakevm import limits
from snakevm.objspace.space import space
from snakevm.objspace.root import W_Root
from snakevm.objspace.bridge import (to_host, to_host_arg, call_host, call_host_converted,
                                     host_function)
from snakevm.objspace.structseq import structseq_type, new_structseq
from snakevm.objspace.namespaceobject import new_namespace
from snakevm.module.moduledef import ModuleDef, import_guest

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")
_HIDDEN = ("tm_zone", "tm_gmtoff")

_HOST_FUNCTIONS = ("time", "time_ns", "monotonic", "monotonic_ns", "perf_counter",
                   "perf_counter_ns", "process_time", "process_time_ns", "thread_time",
                   "thread_time_ns", "clock_gettime", "clock_gettime_ns", "clock_settime",
                   "clock_settime_ns", "clock_getres", "pthread_getcpuclockid", "ctime")


def _limited_sleep(*args):
    """time.sleep: the host's, but no further than a time limit's deadline
    (snakevm/limits.py), after which the limit is exceeded."""
    enforcer = limits.active
    if enforcer is None or enforcer.deadline is None or len(args) != 1 or \
            not isinstance(args[0], (int, float)) or not args[0] >= 0:
        return host_time.sleep(*args)           # the host's checks and errors
    host_time.sleep(enforcer.sleep_time(args[0]))
    enforcer.after_blocking_call()


class TimeModule:
    """The struct_time type of this VM."""
    w_struct_time = None


def _documented(field):
    return field, getattr(host_time.struct_time, field).__doc__


def struct_time_type():
    if TimeModule.w_struct_time is None:
        w_type = structseq_type("struct_time", "time", [_documented(f) for f in _FIELDS],
                                hidden=[_documented(f) for f in _HIDDEN],
                                doc=host_time.struct_time.__doc__)
        TimeModule.w_struct_time = w_type
    return TimeModule.w_struct_time


def guest_struct_time(host_value):
    """A host time.struct_time as a guest one."""
    return new_structseq(struct_time_type(), list(host_value[:9]),
                         {"tm_zone": host_value.tm_zone, "tm_gmtoff": host_value.tm_gmtoff})


def _host_time_tuple(w_value):
    """A guest struct_time or 9-tuple as the host accepts it (guest struct_time keeps
    its zone, like CPython's)."""
    if isinstance(w_value, W_Root) and space.type(w_value) is struct_time_type():
        hidden = getattr(w_value, "hidden_w", {})
        return host_time.struct_time(tuple(to_host(w) for w in w_value.items_w) +
                                     (to_host(hidden.get("tm_zone")),
                                      to_host(hidden.get("tm_gmtoff"))))
    return to_host(w_value)


def _with_time_tuple(host_func, position):
    """A host function one of whose arguments is a time tuple."""
    def call(*args_w):
        args = [to_host_arg(w) for w in args_w]
        if len(args) > position:
            args[position] = _host_time_tuple(args_w[position])
        return call_host_converted(host_func, args)
    call.__name__ = host_func.__name__
    return call


def _converting(host_func):
    def call(*args_w):
        return call_host(host_func, args_w, result=guest_struct_time)
    call.__name__ = host_func.__name__
    return call


def time_strptime(*args_w):
    """The arguments go to Lib's _strptime._strptime_time as they are (CPython's
    time.strptime does the same)."""
    w_func = space.getattr(import_guest("_strptime"), "_strptime_time")
    return space.call(w_func, list(args_w))


def time_get_clock_info(name):
    """The host's clock information as a guest types.SimpleNamespace."""
    info = call_host(host_time.get_clock_info, [name], result=lambda value: value)
    return new_namespace(implementation=info.implementation, monotonic=info.monotonic,
                         adjustable=info.adjustable, resolution=info.resolution)


def _set_zone_values(m):
    m.value("timezone", host_time.timezone)
    m.value("altzone", host_time.altzone)
    m.value("daylight", host_time.daylight)
    m.value("tzname", space.newtuple(list(host_time.tzname)))


def make_module():
    m = ModuleDef("time", doc=host_time.__doc__)
    m.host_functions(host_time, _HOST_FUNCTIONS)
    m.w_dict.setitem_str("sleep", host_function(_limited_sleep, "sleep", "time",
                                                doc=host_time.sleep.__doc__))
    for name in ("gmtime", "localtime"):
        m.function(_converting(getattr(host_time, name)), name,
                   doc=getattr(host_time, name).__doc__)
    m.function(_with_time_tuple(host_time.mktime, 0), "mktime", doc=host_time.mktime.__doc__)
    m.function(_with_time_tuple(host_time.asctime, 0), "asctime",
               doc=host_time.asctime.__doc__)
    m.function(_with_time_tuple(host_time.strftime, 1), "strftime",
               doc=host_time.strftime.__doc__)
    m.function(time_strptime, "strptime", doc=host_time.strptime.__doc__)
    m.function(time_get_clock_info, "get_clock_info", doc=host_time.get_clock_info.__doc__)

    def tzset():
        call_host(host_time.tzset, [])
        _set_zone_values(m)
    tzset.__doc__ = host_time.tzset.__doc__
    m.function(tzset, "tzset")
    _set_zone_values(m)
    m.type(struct_time_type())
    m.value("_STRUCT_TM_ITEMS", 11)
    for name in dir(host_time):
        if name.startswith("CLOCK_"):
            m.value(name, getattr(host_time, name))
    return m.w_module

