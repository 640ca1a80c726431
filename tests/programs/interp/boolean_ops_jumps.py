# Boolean operators and conditional jumps: short circuit in if/while conditions, `is`, `in`, truthiness.
calls = []


def t(name, value):
    calls.append(name)
    return value


if t("a", 0) and t("b", 1):
    print("no")
elif t("c", 1) or t("d", 1):
    print("elif taken", calls)
calls.clear()
if not (t("e", "") or t("f", [])):
    print("both falsy", calls)
calls.clear()
x = t("g", None) is None and t("h", "ok")
print(x, calls)
values = [0, 1, "", "s", [], [0], {}, {0: 0}, None, 0.0, 0j, set(), (), (None,), range(0), range(1)]
print([bool(v) for v in values])
print([v for v in values if v])
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "x" in {"x": 1}, 2 in range(5), 5 in {5: None}.keys())
a = [1]
b = [1]
print(a is b, a is not b, a == b, None is None, a is a)
n = 0
while n < 10 and (n % 7 != 6):
    n += 1
print("stopped at", n)
flag = True
result = flag and "yes" or "no"
print(result, (not flag) and "yes" or "no")
print([i for i in range(20) if i % 2 == 0 and i % 3 == 0 or i == 7])
print(True + True, True * 10, False - 1, True == 1, True is not False)
print(0 or 0.0 or "" or None, 1 and 2.0 and "three")
empty = []
print(empty or ["default"], empty and "never")


def complex_condition(p, q, r):
    if p and (q or r) and not (p and q and r):
        return "mixed"
    if p or q or r:
        return "some"
    return "none"


print([complex_condition(p, q, r) for p in (0, 1) for q in (0, 1) for r in (0, 1)])
