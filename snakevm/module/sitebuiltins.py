"""The objects that CPython's site module adds to builtins (Lib/_sitebuiltins.py):
exit, quit, copyright, credits, license and help.  snakevm always adds them,
like CPython started without -S."""

import sys as host_sys

from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.typedef import builtin_type, method
from snakevm.objspace.space import space


class W_Quitter(W_Root):
    def __init__(self, name):
        self.name = name


class W_Printer(W_Root):
    def __init__(self, name, text):
        self.name = name
        self.text = text


class W_Helper(W_Root):
    pass


w_quitter_type = builtin_type("Quitter", instance_class=W_Quitter, module="_sitebuiltins")
w_printer_type = builtin_type("_Printer", instance_class=W_Printer, module="_sitebuiltins")
w_helper_type = builtin_type("_Helper", instance_class=W_Helper, module="_sitebuiltins")

EOF_NAME = "Ctrl-D (i.e. EOF)" if host_sys.platform != "win32" else "Ctrl-Z plus Return"


@method(w_quitter_type, "__repr__")
def quitter_repr(w_self):
    return "Use %s() or %s to exit" % (w_self.name, EOF_NAME)


@method(w_quitter_type, "__call__")
def quitter_call(w_self, w_code=None):
    raise OperationError(space.call(space.builtin_exception("SystemExit"), [w_code]))


@method(w_printer_type, "__repr__")
def printer_repr(w_self):
    return w_self.text


@method(w_printer_type, "__call__")
def printer_call(w_self):
    from snakevm.module.sys import guest_stream
    space.call_method(guest_stream("stdout"), "write", w_self.text + "\n")


@method(w_helper_type, "__repr__")
def helper_repr(w_self):
    return ("Type help() for interactive help, or help(object) for help about object.")


@method(w_helper_type, "__call__", keywords=True)
def helper_call(w_self, *args_w, **kwargs_w):
    w_pydoc = space.import_hook("pydoc", None, None, None, 0)
    return space.call(space.getattr(w_pydoc, "help"), list(args_w), kwargs_w)


CREDITS = ("    Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software Foundation,\n"
           "    and a cast of thousands for supporting Python development.  See www.python.org "
           "for more information.")


def add_site_builtins(w_dict):
    w_dict.setitem_str("quit", W_Quitter("quit"))
    w_dict.setitem_str("exit", W_Quitter("exit"))
    w_dict.setitem_str("copyright", W_Printer("copyright", host_sys.copyright))
    w_dict.setitem_str("credits", W_Printer("credits", CREDITS))
    w_dict.setitem_str("license", W_Printer("license",
                                            "Type license() to see the full license text"))
    w_dict.setitem_str("help", W_Helper())
