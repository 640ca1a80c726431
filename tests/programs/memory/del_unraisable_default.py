# The default report of an exception raised by __del__ on stderr: "Exception ignored in: <function ...>" and the traceback.
import io
import re
import sys


class BadDel:
    def __del__(self):
        1 / 0


captured = io.StringIO()
sys.stderr = captured
x = BadDel()
x = None
sys.stderr = sys.__stderr__
print(re.sub(r"0x[0-9a-f]+", "ADDR", captured.getvalue()))
print("after")
