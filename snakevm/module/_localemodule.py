"""_locale: the host's locale functions behind the bridge (the locale is the
process's, shared by host and guest); localeconv() returns a guest dict and
_locale.Error is a guest class host errors are mapped to."""

import _locale as host_locale

from snakevm.module.moduledef import ModuleDef


def make_module():
    m = ModuleDef("_locale", doc=host_locale.__doc__)
    m.exception("Error", ("Exception",), host_locale.Error, module="locale")
    for name in dir(host_locale):
        value = getattr(host_locale, name)
        if name.startswith("__") or name == "Error":
            continue
        if isinstance(value, int):
            m.value(name, value)
        elif callable(value):
            m.host_functions(host_locale, [name])
    return m.w_module
