def outer(G1, G1_props):
    def f():
        x = [tuple(p[n] for p in G1_props) for n in G1]
        return x
    return f
print(outer([1, 2], [{1: 'a', 2: 'b'}])())


def outer2(a, b):
    def g():
        y = [lambda: (x, z) for x in a for z in b]
        w = {k: (lambda: k) for k in a}
        return [f() for f in y], [f() for f in w.values()]
    return g


print(outer2([1, 2], "xy")())
q = [lambda: m for m in range(3)]
print([f() for f in q])


class K:
    vals = [lambda: v for v in (5, 6)]
    def meth(self):
        return [lambda: __class__ for _ in (0,)][0]()


print([f() for f in K.vals], K().meth().__name__)
