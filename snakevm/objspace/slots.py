"""__slots__ and __dict__ layout of classes created by class statements."""


def setup_slots(w_type, bases_w):
    """Decide whether instances of ``w_type`` have a __dict__ and slot cells."""
    w_type.nslots = max((w_base.nslots for w_base in bases_w), default=0)
    w_slots = w_type.dict_w.get("__slots__")
    if w_slots is None:
        w_type.has_dict = True
        return
    w_type.has_dict = any(w_base.has_dict for w_base in bases_w)
