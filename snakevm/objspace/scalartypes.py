"""Type objects of the unboxed host values (int, bool, float, complex, str,
bytes) and their registration in UNBOXED_TYPES.  Their methods are declared
in intobject.py, floatobject.py, complexobject.py, strobject.py, bytesobject.py."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type
from snakevm.objspace.space import UNBOXED_TYPES


class W_IntSubclassInstance(W_Root):
    """Instance of a user subclass of int: the value plus a __dict__."""

    def __init__(self, w_type, value):
        self.w_type = w_type
        self.value = value
        self.w_dict = None


w_int_type = builtin_type("int")
w_bool_type = builtin_type("bool", [w_int_type], acceptable_as_base=False)
w_float_type = builtin_type("float")
w_complex_type = builtin_type("complex")
w_str_type = builtin_type("str")
w_bytes_type = builtin_type("bytes")

UNBOXED_TYPES.update({int: w_int_type, bool: w_bool_type, float: w_float_type,
                      complex: w_complex_type, str: w_str_type, bytes: w_bytes_type})
