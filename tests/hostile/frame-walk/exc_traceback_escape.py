# category: frame-walk
# must: e.__traceback__.tb_frame.f_back... from exceptions raised inside built-ins never reaches a host frame
# oracle: cpython
import sys

def walk_from(e):
    out = []
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    f = tb.tb_frame
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out

attempts = [
    lambda: int("x"),
    lambda: sorted([1, "a"]),
    lambda: list(map(lambda v: 1 / v, [0])),
    lambda: {}["missing"],
    lambda: getattr(object(), "nope"),
    lambda: max([]),
    lambda: "".join([1]),
    lambda: eval("1/0"),
    lambda: exec("raise KeyError(1)"),
    lambda: __import__("no_such_module_xyz"),
    lambda: sorted([3, 1], key=lambda v: v.nope),
    lambda: min(iter(lambda: 1 / 0, 2)),
]
for i, fn in enumerate(attempts):
    try:
        fn()
    except Exception as e:
        chain = walk_from(e)
        print(i, type(e).__name__, chain[-1], chain[-2], len([n for n in chain if n == "<lambda>"]) >= 1)
def gen():
    yield 1 / 0
try:
    list(gen())
except ZeroDivisionError as e:
    print("gen", walk_from(e))
class Meta(type):
    def __getattr__(cls, name):
        raise LookupError(sys._getframe(1).f_code.co_name)
class C(metaclass=Meta):
    pass
try:
    C.zzz
except LookupError as e:
    print("metaclass getattr caller", e.args[0], walk_from(e)[:2])
