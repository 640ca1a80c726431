# Conditional expressions and the value-returning boolean operators and/or/not.
def classify(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"


print([classify(n) for n in (-2, 0, 3)])
print(0 or "default", "" or [] or None, 1 and 2, 0 and 1 / 0, [] and 1)
print(not 0, not [1], not None, not "")
print(1 if [] else 2, (lambda: "yes")() if 1 else "no")
x = None
print(x or "fallback", x is None and "was none")
calls = []


def t(v):
    calls.append(v)
    return v


r = t(0) or t(0) or t(3) or t(4)
print(r, calls)
calls.clear()
r = t(1) and t(2) and t(0) and t(5)
print(r, calls)
calls.clear()
r = (t(1) if t(0) else t(2)) if t(3) else t(4)
print(r, calls)


class Falsy:
    def __bool__(self):
        print("bool called")
        return False

    def __repr__(self):
        return "Falsy()"


f = Falsy()
print(f or "other")
print(f and "other")
print("yes" if f else "no")
print(not f)
while not f:
    print("loop once")
    break
n = 5
print("big" if n > 3 and n < 10 else "small")
print(any(x > 3 for x in range(5)) and "found" or "none")
