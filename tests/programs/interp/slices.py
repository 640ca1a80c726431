# Slicing: BINARY_SLICE/STORE_SLICE, extended slices, slice assignment and deletion, errors.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[::2], s[::-1], s[-3:], s[:-7], s[8:2:-2])
print("abcdef"[1:4], "abcdef"[::-2], (1, 2, 3, 4)[1::2], b"bytes"[1:3])
print(s[100:], s[-100:2], s[5:1])
i, j = 1, 4
print(s[i:j], s[i:], s[:j])
s[2:4] = ["a", "b", "c"]
print(s)
s[::3] = [None] * len(s[::3])
print(s)
del s[1:3]
print(s)
del s[::2]
print(s)
s[:] = []
print(s)
t = list(range(5))
try:
    t[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc"[1:2] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    t["a":"b"]
except TypeError as e:
    print(type(e).__name__, e)


class Show:
    def __getitem__(self, key):
        return key


sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[...], sh[:, None])
print(slice(1, 10, 2).indices(5), slice(None).indices(3))
print(t[slice(1, 3)])
