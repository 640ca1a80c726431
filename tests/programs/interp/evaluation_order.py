# Evaluation order: call arguments, keyword arguments, star-args, dict displays, subscripts and assignments.
def t(label, value=None):
    print("eval", label)
    return value if value is not None else label


def f(*args, **kwargs):
    return len(args), sorted(kwargs)


print(f(t("a"), t("b"), *t("star", [1]), k=t("k"), **t("dstar", {"z": 1})))
print({t("key1"): t("val1"), t("key2"): t("val2"), **t("unpack", {"u": 0})})
print([t("l1"), t("l2")], (t("t1"), t("t2")))
d = {}
d[t("subscript key")] = t("assigned value")
obj = type("O", (), {})()
t("target obj", obj).attr = t("attr value")
x = t("lhs", [0, 0])
x[t("index", 1)] += t("aug rhs", 5)
print(x)
print(t("left", 1) + t("right", 2) * t("mul", 3))
print(t("cond", True) and t("and rhs") or t("or rhs"))
a = b = t("chained assignment")
print(a, b)
print(t("cmp1", 1) < t("cmp2", 2) < t("cmp3", 3))
t("callee", print)(t("arg of printed call"))
print(t("x", 3) if t("test", True) else t("y", 4))
lst = [t("lambda default", "d")]
print((lambda v=t("default expr"): v)())
print(f"{t('fstring part 1')}-{t('fstring part 2')}")
m = t("method owner", "abc").upper
print(m())
