"""snakevm's memory manager (docs/memory.md).

Guest objects live in the host's heap and are freed by the host's reference
counting, which gives CPython's finalization timing.  What reference counting
cannot free -- unreachable cycles -- is snakevm's own generational cycle
collector's job:

* ``heap``       which objects are tracked, in which generation; allocation
                 counts and thresholds that trigger a collection;
* ``collector``  one collection: find the unreachable objects, run
                 finalizers, clear weak references, break the cycles;
* ``finalizers`` guest ``__del__`` run from the host's deallocation (and by
                 the collector), at most once per object (PEP 442).

The host's own cyclic collector is switched off while guest code runs
(``heap.host_collector_off``)."""
