# base64 (b64/b32/b32hex/b16/a85/b85, legacy encode/decode) and quopri over binascii: round trips, options, bytes-like and str inputs, error messages
import array
import base64
import io
import quopri


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = bytes(range(256))
PAIRS = [(base64.b64encode, base64.b64decode), (base64.standard_b64encode, base64.standard_b64decode),
         (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
         (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
         (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode),
         (base64.encodebytes, base64.decodebytes)]
for encode, decode in PAIRS:
    encoded = encode(data)
    print(encode.__name__, len(encoded), encoded[:32], decode(encoded) == data)
    if decode is not base64.decodebytes:
        print("  str input", decode(encoded.decode("ascii")) == data)
    for sample in (b"", b"a", b"ab", b"abc", b"abcd", b"abcde"):
        print("  ", sample, encode(sample), decode(encode(sample)) == sample)
    for arg in (bytearray(b"xyz"), memoryview(b"xyz"), array.array("B", b"xyz")):
        show("   %s" % type(arg).__name__, lambda: encode(arg))
    show("   str", lambda: encode("text"))
    show("   int", lambda: encode(3))

# b64 options and errors
print(base64.b64encode(b"\xff\xfe\xfd", altchars=b"-_"), base64.b64decode(b"__79", altchars=b"-_"))
show("b64decode padding", lambda: base64.b64decode(b"abc"))
show("b64decode junk", lambda: base64.b64decode(b"a!b@c#d$"))
show("b64decode validate junk", lambda: base64.b64decode(b"a!bc", validate=True))
show("b64decode validate ok", lambda: base64.b64decode(b"aGk=", validate=True))
show("b64decode non-ascii str", lambda: base64.b64decode("\u00e9"))
show("b64decode bad altchars", lambda: base64.b64encode(b"x", altchars=b"-"))
show("urlsafe decode", lambda: base64.urlsafe_b64decode("_-8="))
show("decodebytes str", lambda: base64.decodebytes("aGk="))
show("encodebytes memoryview 2d", lambda: base64.encodebytes(memoryview(b"abcd").cast("B", (2, 2))))

# b32 / b16 options and errors
show("b32decode lower", lambda: base64.b32decode(b"me======"))
show("b32decode casefold", lambda: base64.b32decode(b"me======", casefold=True))
show("b32decode map01", lambda: base64.b32decode(b"0I======", map01=b"L"))
show("b32decode bad length", lambda: base64.b32decode(b"ABC"))
show("b32decode bad char", lambda: base64.b32decode(b"A1======"))
show("b32decode bad padding", lambda: base64.b32decode(b"ME=====A"))
show("b32hexdecode casefold", lambda: base64.b32hexdecode(b"cl======", casefold=True))
show("b16decode lower", lambda: base64.b16decode(b"ab"))
show("b16decode casefold", lambda: base64.b16decode(b"ab", casefold=True))
show("b16decode odd", lambda: base64.b16decode(b"ABC"))

# a85 / b85 options and errors
print(base64.a85encode(b"hello world", foldspaces=True, wrapcol=5, pad=True, adobe=True))
print(base64.a85encode(b"    " * 3, foldspaces=True), base64.a85encode(b"\0" * 8))
print(base64.a85decode(b"<~BOu!rD]j7BEbo80~>", adobe=True), base64.a85decode(b"yy", foldspaces=True))
print(base64.a85decode(b"z"), base64.a85decode(b"87cURD]i,\"Ebo80", ignorechars=b","))
show("a85decode adobe missing end", lambda: base64.a85decode(b"<~87cUR", adobe=True))
show("a85decode bad char", lambda: base64.a85decode(b"\x7f"))
show("a85decode z inside group", lambda: base64.a85decode(b"8z"))
show("a85decode overflow", lambda: base64.a85decode(b"uuuuu"))
print(base64.b85encode(b"hi", pad=True), base64.b85decode(b"Xk~0{Zv"))
show("b85decode bad char", lambda: base64.b85decode(b"\x7f\x7f"))
show("b85decode overflow", lambda: base64.b85decode(b"|NsC0~"))

# legacy file interface
src, dst = io.BytesIO(data * 3), io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue().count(b"\n"), dst.getvalue()[:20])
out = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), out)
print(out.getvalue() == data * 3)

# quopri
q = quopri.encodestring(b"caf\xe9 = na\xefve\tend  \nline2", quotetabs=True)
print(q, quopri.decodestring(q))
print(quopri.encodestring(b"caf\xe9 tab\tend \n"), quopri.encodestring(b"x" * 90))
print(quopri.encodestring(b"a b_c", header=True), quopri.decodestring(b"a_b=5Fc", header=True))
print(quopri.encodestring(b"from here\n.\n"), quopri.decodestring(b"soft=\nbreak =3d=3D =zz"))
print(quopri.encodestring(bytes(range(256))) == quopri.encodestring(bytes(range(256))),
      quopri.decodestring(quopri.encodestring(bytes(range(256)))) == bytes(range(256)))
inp, outp = io.BytesIO(b"x=41\nlong " + b"y" * 80 + b"\n"), io.BytesIO()
quopri.encode(inp, outp, quotetabs=False)
print(outp.getvalue())
inp, outp = io.BytesIO(outp.getvalue()), io.BytesIO()
quopri.decode(inp, outp)
print(outp.getvalue())
show("quopri str", lambda: quopri.encodestring("text"))
