"""Binding call arguments to a function's parameters, with CPython 3.12's
exact TypeError messages."""

from snakevm import opcodes as op
from snakevm.objspace.space import space
from snakevm.interpreter.frame import UNBOUND


def _names_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def bind_arguments(w_func, args_w, kwargs_w, fast):
    """Fill ``fast`` (the new frame's localsplus) from positional and keyword arguments."""
    code = w_func.code
    name = w_func.qualname
    argcount = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    flags = code.co_flags
    names = code.co_localsplusnames
    nargs = len(args_w)
    total_named = argcount + kwonly
    # positional
    for i in range(min(nargs, argcount)):
        fast[i] = args_w[i]
    varargs_index = total_named if flags & op.CO_VARARGS else None
    varkw_index = (total_named + (1 if flags & op.CO_VARARGS else 0)) \
        if flags & op.CO_VARKEYWORDS else None
    if varargs_index is not None:
        fast[varargs_index] = space.newtuple(args_w[argcount:])
    elif nargs > argcount:
        _too_many_positional(w_func, nargs, kwargs_w, fast)
    w_varkw = None
    if varkw_index is not None:
        w_varkw = space.newdict()
        fast[varkw_index] = w_varkw
    if kwargs_w:
        posonly_passed_by_name = []
        for key, w_value in kwargs_w.items():
            try:
                index = names.index(key, 0, total_named)
            except ValueError:
                index = -1
            if index < posonly:
                if index >= 0 or key in names[:posonly]:
                    if w_varkw is not None:
                        w_varkw.setitem_str(key, w_value)
                        continue
                    posonly_passed_by_name.append(key)
                    continue
                if w_varkw is None:
                    raise space.type_error("%s() got an unexpected keyword argument '%s'"
                                           % (name, key))
                w_varkw.setitem_str(key, w_value)
                continue
            if fast[index] is not UNBOUND:
                raise space.type_error("%s() got multiple values for argument '%s'"
                                       % (name, key))
            fast[index] = w_value
        if posonly_passed_by_name:
            raise space.type_error(
                "%s() got some positional-only arguments passed as keyword arguments: '%s'"
                % (name, ", ".join(posonly_passed_by_name)))
    # defaults
    defaults_w = w_func.defaults_w
    first_default = argcount - len(defaults_w)
    missing = []
    for i in range(argcount):
        if fast[i] is UNBOUND:
            if i >= first_default:
                fast[i] = defaults_w[i - first_default]
            else:
                missing.append(names[i])
    if missing:
        raise space.type_error("%s() missing %d required positional argument%s: %s"
                               % (name, len(missing), "" if len(missing) == 1 else "s",
                                  _names_list(missing)))
    missing = []
    for i in range(argcount, total_named):
        if fast[i] is UNBOUND:
            w_kwdefaults = w_func.w_kwdefaults
            if w_kwdefaults is not None and names[i] in w_kwdefaults.storage:
                fast[i] = w_kwdefaults.storage[names[i]]
            else:
                missing.append(names[i])
    if missing:
        raise space.type_error("%s() missing %d required keyword-only argument%s: %s"
                               % (name, len(missing), "" if len(missing) == 1 else "s",
                                  _names_list(missing)))


def _too_many_positional(w_func, nargs, kwargs_w, fast):
    code = w_func.code
    argcount = code.co_argcount
    ndefaults = len(w_func.defaults_w)
    kwonly_given = 0
    if kwargs_w:
        kwonly_names = code.co_localsplusnames[argcount:argcount + code.co_kwonlyargcount]
        kwonly_given = sum(1 for k in kwargs_w if k in kwonly_names)
    if ndefaults:
        takes = "from %d to %d positional arguments" % (argcount - ndefaults, argcount)
    else:
        takes = "%d positional argument%s" % (argcount, "" if argcount == 1 else "s")
    if kwonly_given:
        given = "%d positional argument%s (and %d keyword-only argument%s)" % (
            nargs, "" if nargs == 1 else "s", kwonly_given, "" if kwonly_given == 1 else "s")
    else:
        given = "%d" % nargs
    verb = "was" if nargs == 1 and not kwonly_given else "were"
    raise space.type_error("%s() takes %s but %s %s given"
                           % (w_func.qualname, takes, given, verb))
