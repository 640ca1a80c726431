# DEBUG_STATS prints CPython's "gc: collecting generation N..." lines on stderr (shown here with the numbers masked).
import gc
import io
import re
import sys

gc.collect()
captured = io.StringIO()
sys.stderr = captured
gc.set_debug(gc.DEBUG_STATS)
l = []
l.append(l)
del l
gc.collect()
gc.set_debug(0)
sys.stderr = sys.__stderr__
for line in captured.getvalue().splitlines():
    print(re.sub(r"\d+(\.\d+)?", "N", line))
