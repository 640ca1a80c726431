"""Guest functions, bound methods and cells (the types ``function``,
``method`` and ``cell``).  Running a function's code is the interpreter's job
(snakevm.interpreter); this module only holds the objects."""

from snakevm.objspace.root import W_Root, own_tuple
from snakevm.objspace.typedef import builtin_type
from snakevm.objspace.space import space


class W_Function(W_Root):
    w_builtins = None           # its frames' builtins, found at the first call

    def __init__(self, code, w_globals, name, qualname, defaults_w=(), w_kwdefaults=None,
                 closure_w=(), w_annotations=None, w_doc=None, w_module=None):
        self.code = code                    # snakevm.code.Code (host object, via W_Code in guest)
        self.w_globals = w_globals          # W_Dict
        self.name = name
        self.qualname = qualname
        self.defaults_w = own_tuple(defaults_w)
        self.w_kwdefaults = w_kwdefaults    # W_Dict or None
        self.closure_w = own_tuple(closure_w)   # W_Cell objects
        self.w_annotations = w_annotations
        self.w_doc = w_doc
        self.w_module = w_module
        self.w_dict = None
        self.w_type_params = None


space.function_class = W_Function      # space.call_bound calls these unbound


class W_Method(W_Root):
    """A function bound to an object (``obj.method``)."""

    def __init__(self, w_function, w_self):
        self.w_function = w_function
        self.w_self = w_self


space.method_class = W_Method   # space.new_bound_method makes these


class W_Cell(W_Root):
    """A cell holding a variable shared between scopes; None slot = empty."""

    def __init__(self, w_value=None, empty=True):
        self.w_value = w_value
        self.empty = empty and w_value is None


w_function_type = builtin_type("function", instance_class=W_Function, acceptable_as_base=False)
w_method_type = builtin_type("method", instance_class=W_Method, acceptable_as_base=False)
w_cell_type = builtin_type("cell", instance_class=W_Cell, acceptable_as_base=False)
