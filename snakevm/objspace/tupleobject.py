"""The tuple type (W_Tuple): an immutable host tuple of guest objects."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type


class W_Tuple(W_Root):
    def __init__(self, items_w):
        self.items_w = tuple(items_w)


w_tuple_type = builtin_type("tuple", instance_class=W_Tuple)
