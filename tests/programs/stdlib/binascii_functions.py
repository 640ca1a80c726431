# binascii: every function over bytes, bytearray, memoryview, array and ASCII str arguments; Error/Incomplete classes; keywords and messages
import array
import binascii


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(name for name in dir(binascii) if not name.startswith("__")))
print(binascii.Error.__module__, binascii.Error.__qualname__, [c.__name__ for c in binascii.Error.__mro__])
print(binascii.Incomplete.__module__, [c.__name__ for c in binascii.Incomplete.__mro__])
print(issubclass(binascii.Error, ValueError), repr(binascii.Error("x")), binascii.Incomplete("y").args)

ARGUMENTS = [b"hello", bytearray(b"hello"), memoryview(b"hello"), array.array("b", b"hello"),
             "hello", "h\xe9", memoryview(b"abcdef")[::2], 5, None, [104]]
ENCODERS = [binascii.hexlify, binascii.b2a_hex, binascii.b2a_base64, binascii.b2a_uu,
            binascii.b2a_qp, binascii.crc32]
DECODERS = [binascii.a2b_hex, binascii.unhexlify, binascii.a2b_base64, binascii.a2b_uu,
            binascii.a2b_qp]
for func in ENCODERS + DECODERS:
    for arg in ARGUMENTS:
        show("%s(%s)" % (func.__name__, type(arg).__name__), lambda: func(arg))
for arg in ARGUMENTS[:5]:
    show("crc_hqx(%s)" % type(arg).__name__, lambda: binascii.crc_hqx(arg, 0))

# round trips over all byte values
data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data)
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
print(b"".join(binascii.a2b_uu(binascii.b2a_uu(data[i:i + 45])) for i in range(0, 256, 45)) == data)
print(binascii.a2b_qp(binascii.b2a_qp(data)) == data)

# hexlify separators
show("hexlify sep", lambda: binascii.hexlify(b"abcdef", "-"))
show("hexlify sep 2", lambda: binascii.hexlify(b"abcdef", "-", 2))
show("hexlify sep -4", lambda: binascii.hexlify(b"abcdef", b":", -4))
show("b2a_hex sep kw", lambda: binascii.b2a_hex(b"ab", sep="|", bytes_per_sep=1))
show("hexlify long sep", lambda: binascii.hexlify(b"ab", "--"))
show("hexlify non-ascii sep", lambda: binascii.hexlify(b"ab", "\xe9"))
show("hexlify data kw", lambda: binascii.hexlify(data=b"x"))
show("a2b_hex odd", lambda: binascii.a2b_hex(b"abc"))
show("a2b_hex bad digit", lambda: binascii.a2b_hex(b"zz"))
show("a2b_hex str", lambda: binascii.a2b_hex("4142"))

# base64 options
show("b2a_base64 newline=False", lambda: binascii.b2a_base64(b"hi", newline=False))
show("a2b_base64 padding", lambda: binascii.a2b_base64(b"abc"))
show("a2b_base64 one char", lambda: binascii.a2b_base64(b"a"))
show("a2b_base64 junk", lambda: binascii.a2b_base64(b"a!b@c#d$"))
show("a2b_base64 strict junk", lambda: binascii.a2b_base64(b"ab!c=", strict_mode=True))
show("a2b_base64 strict leading pad", lambda: binascii.a2b_base64(b"=abc", strict_mode=True))
show("a2b_base64 strict excess", lambda: binascii.a2b_base64(b"aGk==", strict_mode=True))
show("a2b_base64 strict ok", lambda: binascii.a2b_base64(b"aGVsbG8=", strict_mode=True))

# uu options
show("b2a_uu backtick", lambda: binascii.b2a_uu(b"abc", backtick=True))
show("b2a_uu empty backtick", lambda: binascii.b2a_uu(b"", backtick=True))
show("b2a_uu too long", lambda: binascii.b2a_uu(b"x" * 46))
show("a2b_uu bad", lambda: binascii.a2b_uu(b"\x7f"))
show("a2b_uu trailing garbage", lambda: binascii.a2b_uu(b"#86)C!!!!"))

# quoted-printable options
show("b2a_qp quotetabs", lambda: binascii.b2a_qp(b"a b\t\nc=d", quotetabs=True))
show("b2a_qp header", lambda: binascii.b2a_qp(b"a b_c", header=True))
show("b2a_qp istext=False", lambda: binascii.b2a_qp(b"line\r\nnext\n", istext=False))
show("b2a_qp long line", lambda: binascii.b2a_qp(b"x" * 100))
show("b2a_qp trailing space", lambda: binascii.b2a_qp(b"end \nnext\t"))
show("a2b_qp header", lambda: binascii.a2b_qp(b"a_b=3D", header=True))
show("a2b_qp soft break", lambda: binascii.a2b_qp(b"abc=\r\ndef=\nghi"))
show("a2b_qp lowercase", lambda: binascii.a2b_qp(b"=3d=3D=xy"))

# checksums
show("crc32 start", lambda: binascii.crc32(b"abc", 12345))
show("crc32 big start", lambda: binascii.crc32(b"", 2 ** 40))
show("crc32 negative", lambda: binascii.crc32(b"x", -1))
show("crc_hqx", lambda: binascii.crc_hqx(b"123456789", 0xFFFF))
show("crc_hqx big", lambda: binascii.crc_hqx(b"a", 2 ** 20))
show("crc32()", lambda: binascii.crc32())
show("crc_hqx(b'')", lambda: binascii.crc_hqx(b""))


class Bytes(bytes):
    pass


show("bytes subclass", lambda: binascii.hexlify(Bytes(b"xy")))
try:
    raise binascii.Incomplete("inc")
except binascii.Incomplete as e:
    print("caught", repr(e))
try:
    binascii.unhexlify(b"0")
except ValueError as e:
    print("caught as ValueError", type(e).__module__, type(e).__name__, e)
print(binascii.hexlify.__doc__.splitlines()[0])
