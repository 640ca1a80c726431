# category: frame-walk
# must: f_builtins of frames under exec with custom builtins is the guest-provided dict
# oracle: cpython
import sys
src = "import sys\nf = sys._getframe()\nr = (type(f.f_builtins).__name__, 'len' in f.f_builtins, f.f_back.f_code.co_name)"
ns = {}
exec(src, ns)
print("default", ns["r"])
ns2 = {"__builtins__": {"__import__": __import__, "type": type}}
exec(src, ns2)
print("custom", ns2["r"])
print("custom identity", ns2["f"].f_builtins is ns2["__builtins__"])
ns3 = {"__builtins__": sys}
try:
    exec(src, ns3)
    print("module builtins", ns3["r"])
except Exception as e:
    print("module builtins", type(e).__name__)
ns4 = {"__builtins__": 5}
try:
    exec("x = 1", ns4)
    print("int builtins ok", ns4["x"])
except Exception as e:
    print("int builtins", type(e).__name__)
try:
    exec("len", {"__builtins__": {}})
except Exception as e:
    print("empty builtins", type(e).__name__)
f = sys._getframe()
print("module frame builtins is builtins dict", f.f_builtins is __builtins__.__dict__)
print("f_globals __name__", f.f_globals["__name__"])
