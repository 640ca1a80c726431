# str repr/ascii details: quote selection, escapes for control and non-printable characters, unicode categories.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\rcr", "nul\x00bell\x07esc\x1b",
           "del\x7f", "\x80\x9f", "\xa0nbsp", "é", "\u200b", "\u2028", "\ufeff", "\U0001F600", "\ud800", "\\",
           "\x0b\x0c", "日本語", "\u0301combining", "\U000e0001"]
for s in samples:
    print(repr(s), ascii(s), len(s), s.isprintable())
print(repr("'" * 2 + '"'), repr('"' * 2 + "'"))
print(str("x"), str(["a'b"]), repr(["a'b", 'c"d']), repr({"k'": "v\n"}))
print("%r" % "q'", "{!r}".format("\t"), f"{'é'!a}")
print(repr(b"\x80'\"\n"), repr(bytearray(b"'")), ascii(b"bytes"))
print(chr(0x7f).isprintable(), chr(0xad).isprintable(), " ".isprintable(), "".isprintable())
print([c for c in "a\u00e9\u4e2d\U0001f600" if c.isalpha()], "\u00bd".isnumeric(), "\u2460".isdigit())
print("İstanbul".lower(), "ΣΑΣ".lower(), "ß".upper(), "ǳ".title(), "ﬀ".upper(), len("ﬀ".upper()))
print("a\u0301" == "á", len("a\u0301"), sorted(["b", "a", "B", "á", "A"]))
