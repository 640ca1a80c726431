# gc.callbacks are called with "start" and "stop" and an info dict with the generation and the counts.
import gc

log = []


def callback(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.collect()
gc.callbacks.append(callback)
l = []
l.append(l)
del l
gc.collect()
gc.collect(1)
gc.callbacks.remove(callback)
gc.collect()
print(log)
