# match: after collections.abc registers str/bytes/bytearray as Sequence, they still do not match sequence patterns (immutable types keep their flags); a registered class does.
import collections.abc
class MySeq:
    def __len__(self): return 2
    def __getitem__(self, i): return [1, 2][i]
collections.abc.Sequence.register(MySeq)
match MySeq():
    case [a, b]:
        print("registered sequence matches", a, b)
for value in ("ab", b"ab", bytearray(b"ab"), [1, 2], (1, 2), range(2), {"k": 1}, memoryview(b"ab")):
    match value:
        case [x, y]:
            print(type(value).__name__, "sequence")
        case {"k": v}:
            print(type(value).__name__, "mapping")
        case _:
            print(type(value).__name__, "neither")
