"""Declaring an interpreter-level native module (PyPy's moduledef).

A native module's file has one factory, ``make_module()``, that builds the
guest module from parts of three kinds::

    def make_module():
        m = ModuleDef("math", doc=host_math.__doc__)
        m.host_functions(host_math, ["sqrt", "floor", ...])  # host C code behind the bridge
        m.function(math_fsum, "fsum")                        # snakevm's own host function
        m.value("pi", host_math.pi)                          # an unboxed constant
        m.type(w_some_type)                                  # a built-in type
        m.applevel("_mathapp")                               # guest Python from applevel/
        return m.w_module

``snakevm/module/registry.py`` maps the module name to the factory.
"""

import os

from snakevm.objspace.space import space
from snakevm.objspace.typeobject import W_TypeObject
from snakevm.objspace.typedef import builtin_function
from snakevm.objspace.bridge import host_function, to_guest, register_exception

APPLEVEL_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "applevel")


class ModuleDef:
    def __init__(self, name, doc=None):
        from snakevm.objspace.moduleobject import W_Module   # module type needs the space ready
        self.name = name
        self.w_module = W_Module(name, doc=doc)
        self.w_dict = self.w_module.w_dict

    def value(self, name, w_value):
        self.w_dict.setitem_str(name, w_value)

    def host_value(self, name, value):
        """A host constant (number, str, tuple of those) as a guest value."""
        self.w_dict.setitem_str(name, to_guest(value))

    def function(self, func, name=None, keywords=False, doc=None):
        """snakevm's own host function; its signature is the guest signature
        (typedef.Signature conventions)."""
        name = name or func.__name__
        w_func = builtin_function(func, name, keywords=keywords, module=self.name, doc=doc)
        w_func.w_owner = self.w_module          # its __self__, as CPython's m_self
        self.w_dict.setitem_str(name, w_func)
        return w_func

    def host_functions(self, host_module, names, result=to_guest):
        """Host callables reached through the bridge: arguments, results and
        exceptions converted by snakevm/objspace/bridge.py."""
        for name in names:
            host_callable = getattr(host_module, name, None)
            if host_callable is not None:
                self.w_dict.setitem_str(name, host_function(host_callable, name, self.name,
                                                            result=result))

    def type(self, w_type, name=None):
        """A built-in type (declared with ``builtin_type(..., module=NAME)``)."""
        self.w_dict.setitem_str(name or w_type.name, w_type)

    def applevel(self, filename):
        """Run guest Python ``applevel/<filename>.py`` in the module's namespace (the
        app-level half of a mixed module)."""
        run_applevel(self.w_module, filename)

    def exception(self, name, bases=("Exception",), host_class=None, doc=None, module=None):
        """A new guest exception class ``<module>.name`` deriving from built-in
        exceptions (names) or guest classes; host exceptions of ``host_class``
        become instances of it (bridge.register_exception)."""
        w_class = new_exception_class(module or self.name, name, bases, doc)
        self.w_dict.setitem_str(name, w_class)
        if host_class is not None:
            register_exception(host_class, lambda: w_class)
        return w_class

    def get(self, name):
        return self.w_dict.getitem_str(name)


def new_exception_class(module, name, bases=("Exception",), doc=None):
    from snakevm.objspace.typecall import create_class    # class creation needs the VM
    from snakevm.objspace.typeobject import w_type_type
    bases_w = [space.builtin_exception(b) if isinstance(b, str) else b for b in bases]
    w_namespace = space.newdict()
    w_namespace.setitem_str("__module__", module)
    if doc is not None:
        w_namespace.setitem_str("__doc__", doc)
    return create_class(w_type_type, name, bases_w, w_namespace, {})


def import_guest(name):
    """The guest module ``name``, imported like CPython's PyImport_ImportModule
    (native modules that call into Lib: time.strptime -> _strptime)."""
    from snakevm.importing import import_module      # importing needs the objspace loaded
    return import_module(name, None, None, space.newlist(["*"]), 0)


def guest_warn(message, category_name, stacklevel=1):
    """PyErr_WarnEx: warnings.warn(message, <builtin category>, stacklevel) in the
    guest, from code that stands for C (the stack level counts guest frames)."""
    space.call(space.getattr(import_guest("warnings"), "warn"),
               [message, space.builtin_exception(category_name), stacklevel])


def run_applevel(w_module, filename):
    from snakevm.importing.loader import source_code    # importing needs the objspace loaded
    from snakevm.interpreter.runtime import run_code
    d = w_module.w_dict
    d.setitem_str("__builtins__", space.builtins_module())
    run_code(source_code(os.path.join(APPLEVEL_DIR, filename + ".py")), d)
    for w_value in list(d.storage.values()):
        if isinstance(w_value, W_TypeObject):
            w_value.applevel_module = filename      # stands for the C type of that module
