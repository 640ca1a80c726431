"""The list type (W_List): a host list of guest objects."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type


class W_List(W_Root):
    def __init__(self, items_w):
        self.items_w = items_w


w_list_type = builtin_type("list", instance_class=W_List)
w_list_type.dict_w["__hash__"] = None
