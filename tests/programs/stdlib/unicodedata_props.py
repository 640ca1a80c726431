# unicodedata: names, lookup, categories, normalization, numeric properties, ucd_3_2_0, errors.
import unicodedata as u
print(u.name("é"), u.lookup("EURO SIGN"), u.category("A"), u.category("\u0301"), u.bidirectional("א"), u.combining("\u0301"))
print(u.normalize("NFD", "é").encode(), u.normalize("NFKC", "ﬁ"), u.is_normalized("NFC", "é"), u.decomposition("é"))
print(u.numeric("½"), u.decimal("3"), u.digit("²"), u.east_asian_width("漢"), u.mirrored("("), u.unidata_version)
print(u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__, u.ucd_3_2_0.category("A"), u.name("\x00", "no name"))
for bad in (lambda: u.name("\x00"), lambda: u.lookup("NOPE"), lambda: u.category("ab"), lambda: u.numeric("a"), lambda: u.normalize("X", "a")):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print("\N{GREEK SMALL LETTER ALPHA}", ascii("\N{SNOWMAN}"), "ß".upper(), "ǅ".title())
