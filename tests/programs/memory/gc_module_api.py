# The gc module's switches and numbers: enable/disable, thresholds, counts, stats, freeze, debug flags.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.collect()
print(gc.get_count())
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
for bad in (-1, 3, "x"):
    try:
        gc.collect(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    gc.get_objects(5)
except ValueError as e:
    print(type(e).__name__, e)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.garbage, gc.callbacks)
