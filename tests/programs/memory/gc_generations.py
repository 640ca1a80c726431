# Survivors move up the generations: a new object is in generation 0, then 1 after collect(0), then 2 after collect(1); freeze moves it out.
import gc


def where(obj):
    return [any(o is obj for o in gc.get_objects(g)) for g in range(3)]


gc.collect()
gc.disable()
thing = [[]]
print(where(thing))
gc.collect(0)
print(where(thing))
gc.collect(1)
print(where(thing))
gc.collect(2)
print(where(thing))
gc.freeze()
print(where(thing), gc.get_freeze_count() > 0)
gc.unfreeze()
print(where(thing), gc.get_freeze_count())
gc.enable()
