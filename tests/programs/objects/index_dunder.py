# __index__: used by slicing, range, bin/hex/oct, sequence repetition, list indexing; __int__ vs __index__.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("__index__", self.v)
        return self.v


data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], data[::Idx(3)])
print(range(Idx(5)), list(range(Idx(1), Idx(6), Idx(2))))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print("ab" * Idx(2), [0] * Idx(3), (1,) * Idx(2))
print(int(Idx(7)), float(Idx(2)), complex(Idx(1)))
print((5).__index__(), True.__index__(), type(True.__index__()).__name__)


class IntOnly:
    def __int__(self):
        return 42


print(int(IntOnly()))
for fn in [lambda: data[IntOnly()], lambda: range(IntOnly()), lambda: bin(IntOnly()), lambda: "x" * IntOnly()]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)


class BadIndex:
    def __index__(self):
        return "nope"


try:
    data[BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)


try:
    round(Idx(4))
except TypeError as e:
    print(type(e).__name__, e)
print(data[-Idx(2).v], data[Idx(-2)])
try:
    data[Idx(50)]
except IndexError as e:
    print(type(e).__name__, e)
print(chr(Idx(65)), pow(2, Idx(3)) if False else "", "abcdef"[Idx(1):Idx(-1)])
print([10, 20, 30].pop(Idx(1)))
print(bytes(Idx(3)), bytearray(Idx(2)))
