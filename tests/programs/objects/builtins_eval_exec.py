# eval, exec, compile, globals and locals: namespaces, modes, return values, errors with positions.
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x", {"x": 1}, {"x": 2}), eval("  1 + 1  "))
ns = {}
exec("a = 1\nb = a + 1\ndef f(): return b * 10", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["f"](), "__builtins__" in ns)
print(exec("1 + 1"), eval(compile("2 ** 8", "<c>", "eval")))
code = compile("for i in range(3): total += i", "<loop>", "exec")
env = {"total": 0}
exec(code, env)
print(env["total"])
single = compile("print('single mode', 40 + 2)", "<s>", "single")
exec(single)


def uses_locals():
    local_var = "here"
    return sorted(locals()), eval("local_var")


print(uses_locals())
g = globals()
print(g["x"], "uses_locals" in g, type(g).__name__, locals() is globals())
exec("new_global = 'made by exec'")
print(new_global)
loc = {}
exec("inner = 5", {}, loc)
print(loc)
print(eval("[n * n for n in range(4)]"), eval("(lambda q: q + 1)(1)"), eval("__name__"), eval("len", {}))
restricted = {"__builtins__": {}}
try:
    eval("len([])", restricted)
except NameError as e:
    print(type(e).__name__, e)
for bad in ["1 +", "x = 1", "def", "(", "'unterminated", "1 = 2", "print 'x'", "return 5"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(repr(bad), "->", type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("x", "<m>", "badmode")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(type(e).__name__, e)
print(eval("x", None, {"x": "mapping local"}), eval("1 if True else 2"), eval(b"3 + 4"))
