"""_warnings for snakevm (application level): the filtering half of the warnings
machinery that CPython writes in C and Lib's warnings.py imports at start.

CPython's C half and Lib's Python fallback differ in one visible way: the
fallback's warn_explicit passes ``source`` where WarningMessage expects ``file``,
so any warning with a source (a never-awaited coroutine, an unclosed file) fails
to print.  This module is the C half: it keeps the filter list, the once
registry and the filters version, reads warnings.filters/defaultaction/
onceregistry from Lib's module once that module exists (catch_warnings replaces
them), and shows a warning through warnings._showwarnmsg like CPython does."""

import sys

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_defaultaction = "default"
_onceregistry = {}
_filters_version = 1
_MISSING = object()


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _warnings_attr(name, try_import=False):
    """An attribute of Lib's warnings module, or _MISSING while it is not imported."""
    module = sys.modules.get("warnings")
    if module is None and try_import:
        import warnings as module        # the one import in here: only when a source is shown
    if module is None:
        return _MISSING
    return getattr(module, name, _MISSING)


def _setting(name, own, expected, error):
    """warnings.<name> once Lib's module exists (catch_warnings replaces it), else this
    module's own value; CPython's error when it has the wrong type."""
    value = _warnings_attr(name)
    if value is _MISSING:
        return own
    if not isinstance(value, expected):
        raise error(value)
    return value


def _current_filters():
    return _setting("filters", filters, list,
                    lambda value: ValueError("warnings.filters must be a list"))


def _default_action():
    return _setting("defaultaction", _defaultaction, str, lambda value: TypeError(
        "warnings.defaultaction must be a string, not '%s'" % type(value).__name__))


def _once_registry():
    return _setting("onceregistry", _onceregistry, dict, lambda value: TypeError(
        "warnings.onceregistry must be a dict, not '%s'" % type(value).__name__))


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:            # the built-in default filters match exactly
        return pattern == text
    return bool(pattern.match(text))


def _filter_action(category, text, lineno, module):
    """The action of the first filter that matches, and that filter (or None)."""
    for index, item in enumerate(_current_filters()):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("warnings.filters item %d isn't a 5-tuple" % index)
        action, message_pattern, filter_category, module_pattern, filter_lineno = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        if (_matches(message_pattern, text) and issubclass(category, filter_category)
                and _matches(module_pattern, module)
                and (filter_lineno == 0 or filter_lineno == lineno)):
            return action, item
    return _default_action(), None


def _already_warned(registry, key, should_set):
    version = registry.get("version")
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    else:
        warned = registry.get(key)
        if warned:
            return True
    if should_set:
        registry[key] = True
    return False


def _show_without_module(category, text, filename, lineno, source_line):
    """How the C half prints when Lib's warnings module is not there."""
    stream = getattr(sys, "stderr", None)
    if stream is None:
        return
    stream.write("%s:%s: %s: %s\n" % (filename, lineno, category.__name__, text))
    if source_line is None:
        import linecache                  # only for this rare path, as CPython reads the line
        source_line = linecache.getline(filename, lineno)
    source_line = source_line.strip()
    if source_line:
        stream.write("  %s\n" % source_line)


def _show(message, category, text, filename, lineno, source_line, source):
    show = _warnings_attr("_showwarnmsg", try_import=source is not None)
    if show is _MISSING:
        _show_without_module(category, text, filename, lineno, source_line)
        return
    if not callable(show):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    message_class = _warnings_attr("WarningMessage")
    if message_class is _MISSING:
        raise RuntimeError("unable to get warnings.WarningMessage")
    show(message_class(message, category, filename, lineno, None, None, source))


def _warn_explicit(message, category, filename, lineno, module, registry, source_line,
                   source):
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _filter_action(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if registry is None:
                registry = _once_registry()
            if _already_warned(registry, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category, 0), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, item))
    _show(message, category, text, filename, lineno, source_line, source)


def _category_of(message, category):
    if isinstance(message, Warning):
        return message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    return category


def _is_internal(frame):
    filename = frame.f_code.co_filename
    return "importlib" in filename and "_bootstrap" in filename


def _skipped(frame, prefixes):
    return bool(prefixes) and frame.f_code.co_filename.startswith(prefixes)


def _warning_frame(stacklevel, skip_file_prefixes):
    """The frame a warn(stacklevel=...) call is about, or None past the outermost."""
    frame = sys._getframe(2)              # warn's caller: this module stands for C code
    if stacklevel <= 0 or _is_internal(frame):
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            stacklevel -= 1
        return frame
    while stacklevel > 1 and frame is not None:
        frame = frame.f_back
        while frame is not None and (_is_internal(frame) or _skipped(frame, skip_file_prefixes)):
            frame = frame.f_back
        stacklevel -= 1
    return frame


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    category = _category_of(message, category)
    stacklevel = stacklevel.__index__()
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not %s"
                        % type(skip_file_prefixes).__name__)
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    frame = _warning_frame(stacklevel, skip_file_prefixes)
    if frame is None:
        globals_ = sys.__dict__
        filename, lineno = "sys", 1
    else:
        globals_ = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    registry = globals_.get("__warningregistry__")
    if registry is None:
        registry = globals_["__warningregistry__"] = {}
    module = globals_.get("__name__", _MISSING)
    if module is not None and not isinstance(module, str):
        module = "<string>"
    _warn_explicit(message, category, filename, lineno, module, registry, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    source_line = None
    if module_globals is not None:
        if not isinstance(module_globals, dict):
            raise TypeError("module_globals must be a dict, not '%s'"
                            % type(module_globals).__name__)
        source_line = _loader_line(module_globals, lineno)
    _warn_explicit(message, category, filename, lineno, module, registry, source_line, source)


def _loader_line(module_globals, lineno):
    """The source line from the module's loader, as the C half reads it (None when
    the loader has no source)."""
    loader = module_globals.get("__loader__")
    spec = module_globals.get("__spec__")
    if loader is None and spec is not None:
        loader = getattr(spec, "loader", None)
    name = module_globals.get("__name__")
    get_source = getattr(loader, "get_source", None)
    if get_source is None or name is None:
        return None
    source = get_source(name)
    if source is None:
        return None
    lines = source.splitlines()
    return lines[lineno - 1] if 0 < lineno <= len(lines) else None
