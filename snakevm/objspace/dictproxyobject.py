"""mappingproxy: the read-only view returned by ``SomeClass.__dict__``."""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typedef import builtin_type


class W_MappingProxy(W_Root):
    def __init__(self, dict_w):
        self.dict_w = dict_w


w_mappingproxy_type = builtin_type("mappingproxy", instance_class=W_MappingProxy,
                                   acceptable_as_base=False)
