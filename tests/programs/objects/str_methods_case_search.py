# str methods: case conversion, searching, counting, predicates, stripping, prefixes/suffixes.
s = "Hello, World! hello again."
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), "ß".casefold(), "ǅ".lower())
print(s.find("hello"), s.find("xyz"), s.rfind("l"), s.index("World"), s.rindex("o"), s.count("l"), s.count(""))
print(s.find("o", 5), s.find("o", 5, 8), s.count("l", 0, 5), s.startswith("Hell"), s.endswith(("x", ".")))
print(s.startswith("World", 7), s.endswith("World", 0, 12), "".startswith(""), "abc".find("", 10))
print("  pad  ".strip(), "xxhixx".strip("x"), "  left".lstrip(), "right  ".rstrip(), "<<a>>".strip("<>"))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "same".removeprefix("x"))
for t in ["abc", "ABC", "Abc Def", "123", "12.3", "½", "٣", " ", "", "a1", "\t\n", "Ǆ", "_x", "class", "x-y"]:
    print(repr(t), t.isalpha(), t.isupper(), t.islower(), t.istitle(), t.isdigit(), t.isdecimal(),
          t.isnumeric(), t.isspace(), t.isalnum(), t.isidentifier(), t.isprintable(), t.isascii())
print("straße".upper(), "İ".lower(), len("İ".lower()), "ﬁ".upper())
print("hello world".title(), "they're bill's".title(), "abc".center(9, "*"), "abc".ljust(6, "-"), "abc".rjust(6))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2))
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "01\t012\t0123".expandtabs(4))
try:
    "abc".index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
