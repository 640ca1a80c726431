"""__slots__ and the __dict__/__weakref__ layout of classes created by class
statements (CPython's type_new_slots / PyMemberDef).

A class without __slots__ gives its instances a __dict__ (and __weakref__)
unless a base already does.  A class with __slots__ gets one member
descriptor per slot name; the values live in the instance's ``slots_w`` list
(index ``descriptor.index``; EMPTY marks an unset slot, since guest None is a
value)."""


from snakevm.objspace.root import W_Root
from snakevm.objspace.weakrefobject import weakrefs_to
from snakevm.objspace.typedef import builtin_type, method, getset, W_GetSetDescriptor
from snakevm.objspace.space import space


class _Empty:
    def __repr__(self):
        return "EMPTY"


EMPTY = _Empty()


class W_MemberDescriptor(W_Root):
    """A slot of a class with __slots__ (guest type ``member_descriptor``)."""

    def __init__(self, name, w_objclass, index):
        self.name = name
        self.w_objclass = w_objclass
        self.index = index

    def _storage(self, w_obj, create):
        if not space.type(w_obj).is_subtype(self.w_objclass):
            raise space.type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                                   "object" % (self.name, self.w_objclass.name,
                                               space.type(w_obj).name))
        slots_w = getattr(w_obj, "slots_w", None)
        if slots_w is None and create:
            slots_w = w_obj.slots_w = []
        if slots_w is not None and len(slots_w) <= self.index:
            slots_w.extend([EMPTY] * (self.index + 1 - len(slots_w)))
        return slots_w

    def get(self, w_obj):
        slots_w = self._storage(w_obj, False)
        w_value = slots_w[self.index] if slots_w is not None else EMPTY
        if w_value is EMPTY:
            raise space.attribute_error("'%s' object has no attribute '%s'"
                                        % (space.type(w_obj).name, self.name))
        return w_value

    def set(self, w_obj, w_value):
        self._storage(w_obj, True)[self.index] = w_value

    def delete(self, w_obj):
        slots_w = self._storage(w_obj, False)
        if slots_w is None or slots_w[self.index] is EMPTY:
            raise space.attribute_error("'%s' object has no attribute '%s'"
                                        % (space.type(w_obj).name, self.name))
        slots_w[self.index] = EMPTY


class W_ReadonlyMember(W_MemberDescriptor):
    """A read-only member of a built-in type (CPython's PyMemberDef with READONLY):
    reading calls ``getter(w_obj)``, writing or deleting says "readonly attribute"."""

    def __init__(self, name, w_objclass, getter, doc=None, index=-1):
        W_MemberDescriptor.__init__(self, name, w_objclass, index)
        self.getter = getter
        self.doc = doc

    def _check(self, w_obj):
        if not space.type(w_obj).is_subtype(self.w_objclass):
            raise space.type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                                   "object" % (self.name, self.w_objclass.tp_name(),
                                               space.type(w_obj).tp_name()))

    def get(self, w_obj):
        self._check(w_obj)
        return self.getter(w_obj)

    def set(self, w_obj, w_value):
        self._check(w_obj)
        raise space.attribute_error("readonly attribute")

    def delete(self, w_obj):
        self._check(w_obj)
        raise space.attribute_error("readonly attribute")


def readonly_member(w_type, name, getter, doc=None):
    """Declare read-only member ``name`` of built-in type ``w_type``."""
    w_type.dict_w[name] = W_ReadonlyMember(name, w_type, getter, doc)


w_member_descriptor_type = builtin_type("member_descriptor", instance_class=W_MemberDescriptor,
                                        acceptable_as_base=False)


def _type_error(message):
    return space.type_error(message)


@method(w_member_descriptor_type, "__get__")
def member_get(w_self, w_obj, w_type=None):
    if w_obj is None and w_type is None:
        raise _type_error("__get__(None, None) is invalid")
    if w_obj is None:
        return w_self
    return w_self.get(w_obj)


@method(w_member_descriptor_type, "__set__")
def member_set(w_self, w_obj, w_value):
    w_self.set(w_obj, w_value)


@method(w_member_descriptor_type, "__delete__")
def member_delete(w_self, w_obj):
    w_self.delete(w_obj)


@method(w_member_descriptor_type, "__repr__")
def member_repr(w_self):
    return "<member '%s' of '%s' objects>" % (w_self.name, w_self.w_objclass.tp_name())


getset(w_member_descriptor_type, "__name__")(lambda w_self: w_self.name)
getset(w_member_descriptor_type, "__qualname__")(
    lambda w_self: "%s.%s" % (w_self.w_objclass.qualname, w_self.name))
getset(w_member_descriptor_type, "__objclass__")(lambda w_self: w_self.w_objclass)
getset(w_member_descriptor_type, "__doc__")(lambda w_self: getattr(w_self, "doc", None))


def _mangle(class_name, name):
    if not name.startswith("__") or name.endswith("__"):
        return name
    stripped = class_name.lstrip("_")
    return "_%s%s" % (stripped, name) if stripped else name


def _slot_names(w_slots):
    if isinstance(w_slots, str):
        names = [w_slots]
    else:
        names = space.unpack_iterable(w_slots)
    for w_name in names:
        if not isinstance(w_name, str):
            raise space.type_error("__slots__ items must be strings, not '%s'"
                                   % space.type(w_name).name)
        if not w_name.isidentifier():
            raise space.type_error("__slots__ must be identifiers")
    return names


def _base_has_dict(bases_w):
    return any(w_base.has_dict for w_base in bases_w)


def setup_slots(w_type, bases_w):
    """Decide whether instances of ``w_type`` have a __dict__ and lay out its slots."""
    w_type.nslots = max((w_base.nslots for w_base in bases_w), default=0)
    base_weakref = any(getattr(w_base, "has_weakref", False) for w_base in bases_w)
    w_slots = w_type.dict_w.get("__slots__")
    if w_slots is None:
        w_type.has_dict = True
        w_type.has_weakref = True
        if not _base_has_dict(bases_w):
            w_type.dict_w.setdefault("__dict__", dict_descriptor(w_type))
        if not base_weakref:
            w_type.dict_w.setdefault("__weakref__", weakref_descriptor(w_type))
        return
    names = _slot_names(w_slots)
    has_dict = _base_has_dict(bases_w)
    has_weakref = base_weakref
    own = []
    for name in names:
        if name == "__dict__":
            if has_dict:
                raise space.type_error("__dict__ slot disallowed: we already got one")
            has_dict = True
            continue
        if name == "__weakref__":
            if has_weakref:
                raise space.type_error("__weakref__ slot disallowed: we already got one")
            has_weakref = True
            continue
        own.append(_mangle(w_type.name, name))
    solid = w_type.solid_base() if hasattr(w_type, "solid_base") else None
    if own:
        for w_base in w_type.mro_w[1:]:
            if w_base.is_builtin and w_base.name in ("int", "bytes", "tuple") or (
                    w_base.is_builtin and getattr(w_base, "variable_size", False)):
                raise space.type_error("nonempty __slots__ not supported for subtype of '%s'"
                                       % w_base.name)
    for name in own:
        if name in w_type.dict_w:
            raise space.value_error("%r in __slots__ conflicts with class variable" % name)
    for name in own:
        w_type.dict_w[name] = W_MemberDescriptor(name, w_type, w_type.nslots)
        w_type.nslots += 1
    w_type.has_dict = has_dict
    w_type.has_weakref = has_weakref
    if has_dict and not _base_has_dict(bases_w):
        w_type.dict_w.setdefault("__dict__", dict_descriptor(w_type))
    if has_weakref and not base_weakref:
        w_type.dict_w.setdefault("__weakref__", weakref_descriptor(w_type))


def dict_descriptor(w_type):
    """The __dict__ getset of a class whose instances first get a dict."""

    def get(w_obj):
        w_dict = getattr(w_obj, "w_dict", None)
        if w_dict is None:
            w_dict = w_obj.w_dict = space.newdict()
        elif w_dict.inline:
            w_dict.expose()
        return w_dict

    def set_(w_obj, w_value):
        if space.type(w_value).name != "dict" and not space.type(w_value).is_subtype(
                space.type(space.newdict())):
            raise space.type_error("__dict__ must be set to a dictionary, not a '%s'"
                                   % space.type(w_value).name)
        w_obj.w_dict = w_value

    def delete(w_obj):
        w_obj.w_dict = space.newdict()
    return W_GetSetDescriptor("__dict__", w_type, get, set_, delete,
                              doc="dictionary for instance variables")


def _first_weakref(w_obj):
    """__weakref__: the head of the object's weak reference list, or None."""
    refs = weakrefs_to(w_obj)
    return refs[0] if refs else None


def weakref_descriptor(w_type):
    return W_GetSetDescriptor("__weakref__", w_type, _first_weakref,
                              doc="list of weak references to the object")

