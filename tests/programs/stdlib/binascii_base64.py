# binascii and base64: conversions, bytes-like arguments, binascii.Error.
import binascii, base64
print(binascii.hexlify(b"\x01\xff"), binascii.unhexlify("01ff"), binascii.b2a_base64(b"hi"), binascii.crc32(b"abc"), binascii.crc_hqx(b"abc", 0))
print(binascii.hexlify(bytearray(b"ab"), "-"), binascii.a2b_qp(b"a=3Db"), binascii.b2a_uu(b"x"), binascii.hexlify(memoryview(b"z")))
print(base64.b64encode(b"hello"), base64.b64decode("aGVsbG8="), base64.b32encode(b"ab"), base64.a85encode(b"xyz"), base64.urlsafe_b64encode(b"\xff\xfe"))
print(base64.b16decode("4142"), base64.b85encode(b"abc"), base64.encodebytes(b"x" * 60))
for bad in (lambda: binascii.unhexlify("0"), lambda: base64.b64decode("a", validate=True), lambda: binascii.a2b_base64("@@@", strict_mode=True)):
    try:
        bad()
    except binascii.Error as e:
        print("binascii.Error", e, isinstance(e, ValueError))
try:
    binascii.hexlify("str")
except TypeError as e:
    print("TypeError", e)
print(binascii.Error.__module__, binascii.Incomplete.__mro__[1].__name__)
