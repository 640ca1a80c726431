# Reference cycles through each container/object kind; objects stay usable and cycles can be broken by hand.
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
print(a.peer.peer.name, a.peer.peer is a)
lst = []
lst.append(lst)
d = {}
d["me"] = d
print(lst[0][0] is lst, d["me"]["me"] is d)


def make_closure_cycle():
    def inner():
        return inner
    return inner


fn = make_closure_cycle()
print(fn() is fn, fn.__closure__[0].cell_contents is fn)


def gen_cycle():
    me = yield
    yield me is g


g = gen_cycle()
next(g)
print(g.send(g))
g.close()
try:
    raise ValueError("keeps frame alive")
except ValueError as e:
    saved = e
frame = saved.__traceback__.tb_frame
print(frame.f_globals["saved"] is saved, type(frame).__name__)
del saved, frame


class Holder:
    pass


h = Holder()
h.method = h.__init__
h.self_ref = h
print(h.self_ref.self_ref is h, h.method.__self__ is h)
t = ([],)
t[0].append(t)
print(t[0][0] is t, repr(t))
s = Holder()
s.items = {s}
print(next(iter(s.items)) is s)
cls_cycle = type("Cyc", (), {})
cls_cycle.me = cls_cycle
print(cls_cycle.me.me is cls_cycle)
a.peer = b.peer = None
lst.clear()
d.clear()
print(lst, d, a.peer, b.peer)
weak_free = [Node(str(i)) for i in range(1000)]
for i, node in enumerate(weak_free):
    node.peer = weak_free[i - 1]
print(weak_free[0].peer.name, len(weak_free))
