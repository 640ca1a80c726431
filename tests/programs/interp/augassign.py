# Augmented assignment on names, attributes and subscripts; every operator; evaluation order.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 4; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
tup = (1,)
alias2 = tup
tup += (2,)
print(tup, alias2, tup is alias2)
s = "a"
s *= 3
print(s)
log = []


class Obj:
    def __init__(self):
        self.v = 1


def get_obj():
    log.append("obj")
    return o


def get_key():
    log.append("key")
    return 0


o = Obj()
get_obj().v += 10
data = [5]
(log.append("container") or data)[get_key()] *= 3
print(o.v, data, log)
d = {"a": [1]}
d["a"] += [2]
print(d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
