"""The dict type (W_Dict) and its views.

Storage is a host dict whose keys are guest objects: unboxed keys hash and
compare with host semantics (identical to the guest's for int/str/...),
boxed keys (W_Root) hash and compare through the guest's __hash__/__eq__
(see W_Root.__hash__), so the host dict implements guest semantics.
"""

from snakevm.objspace.root import W_Root
from snakevm.objspace.typeobject import MISSING
from snakevm.objspace.typedef import builtin_type


class W_Dict(W_Root):
    def __init__(self, storage):
        self.storage = storage

    # fast paths used by attribute lookup (keys are host str)
    def getitem_str(self, name):
        return self.storage.get(name, MISSING)

    def setitem_str(self, name, w_value):
        self.storage[name] = w_value

    def delitem_str(self, name):
        """Delete ``name``; False if it was absent."""
        try:
            del self.storage[name]
        except KeyError:
            return False
        return True

    def iter_refs(self):
        for w_key, w_value in self.storage.items():
            yield w_key
            yield w_value
        if self.w_dict is not None:
            yield self.w_dict

    def clear_refs(self):
        self.storage.clear()


w_dict_type = builtin_type("dict", instance_class=W_Dict)
w_dict_type.dict_w["__hash__"] = None
