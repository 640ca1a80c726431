"""Finding a module on a search path (CPython's PathFinder + FileFinder, for
source and bytecode files): for each directory, ``<name>/__init__.py`` makes a
package, ``<name>.py`` a module, and without them ``<name>/__init__.pyc`` or
``<name>.pyc`` a sourceless one; a directory without __init__ is a namespace
package portion, used only if nothing else matches."""

import collections
import os

Found = collections.namedtuple("Found", "name origin is_package search_locations")


def find_module(fullname, path_entries, sourceless=True):
    """A Found for module ``fullname`` (dotted) in ``path_entries`` (host list of
    directory strings), or None.  A sourceless module's origin ends in .pyc."""
    tail = fullname.rpartition(".")[2]
    namespace_portions = []
    for entry in path_entries:
        if not isinstance(entry, str):
            continue
        directory = entry or os.getcwd()
        candidate = os.path.join(directory, tail)
        if os.path.isdir(candidate):
            init = os.path.join(candidate, "__init__.py")
            if os.path.isfile(init):
                return Found(fullname, init, True, [candidate])
            if sourceless and os.path.isfile(init + "c"):
                return Found(fullname, init + "c", True, [candidate])
            namespace_portions.append(candidate)
        source = candidate + ".py"
        if os.path.isfile(source):
            return Found(fullname, source, False, None)
        if sourceless and os.path.isfile(source + "c"):
            return Found(fullname, source + "c", False, None)
    if namespace_portions:
        return Found(fullname, None, True, namespace_portions)
    return None
