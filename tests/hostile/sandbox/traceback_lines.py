# category: sandbox
# must: tracebacks show no line of a host file, whatever co_filename the guest crafts
# args: --sandbox
# expect-status: 1
# expect-stdout: root in guest traceback False
# expect-stdout: linecache shows passwd False
# expect-stderr: File "/etc/passwd", line 2, in f
# expect-stderr: ValueError: x
import traceback, linecache
def f():
    raise ValueError("x")
f.__code__ = f.__code__.replace(co_filename="/etc/passwd", co_firstlineno=1)
try:
    f()
except ValueError:
    text = traceback.format_exc()
print("root in guest traceback", "root" in text)
print("linecache shows passwd", "root:" in linecache.getline("/etc/passwd", 1))
f()
