# bytearray: mutation (item/slice assignment, append/extend/insert/pop/remove), methods, reprs, errors.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba, len(ba), ba[1], ba[-1:])
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b""
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.insert(0, 35)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba)
ba.clear()
print(ba, bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 3)
b2 = bytearray(b"abc")
b2 += b"def"
b2 *= 2
print(b2, b2.upper(), b2.find(b"c"), b2.replace(b"a", b"A"), b2.split(b"d"), b2.decode())
print(bytearray(b"a") == b"a", b"a" == bytearray(b"a"), bytearray(b"a") + b"b", b"b" + bytearray(b"a"))
print(type(bytearray(b"a") + b"b").__name__, type(b"b" + bytearray(b"a")).__name__, bytearray.fromhex("ff 00"))
print(repr(bytearray(b"\x00'")), str(bytearray(b"s")), bytearray(b"hi").hex())
m = bytearray(b"0123456789")
m[::2] = b"ABCDE"
print(m)
for src in ["m.append(256)", "m.append('a')", "m[0] = -1", "m.pop(100)", "m.remove(0)", "bytearray().pop()",
            "m[::2] = b'xy'", "hash(m)", "m.extend(5)", "m.index(b'zz')"]:
    try:
        exec(src)
        print(src, "-> ok")
    except (TypeError, ValueError, IndexError) as e:
        print(src, "->", type(e).__name__, e)
print(m)
