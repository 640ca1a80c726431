# re: Lib modules built on re -- fnmatch, glob, string.Template, textwrap, shlex, json, argparse, urllib.parse, email.utils.
import argparse
import email.utils
import fnmatch
import glob
import json
import os
import shlex
import string
import tempfile
import textwrap
import urllib.parse

print(fnmatch.fnmatch("report.TXT", "*.txt"), fnmatch.fnmatchcase("report.TXT", "*.txt"), fnmatch.translate("[!a-c]*.?y"))
print(fnmatch.filter(["a.py", "b.pyc", "c.py", "dpy"], "*.py"), fnmatch.fnmatch("x[1]", "x[[]1]"))
with tempfile.TemporaryDirectory() as root:
    for name in ("a.py", "b.txt", "sub/c.py", "sub/deep/d.py", ".hidden.py"):
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "w").close()
    print(sorted(glob.glob("*.py", root_dir=root)), sorted(glob.glob("**/*.py", root_dir=root, recursive=True)))
    print(sorted(glob.glob("[ab].*", root_dir=root)), glob.escape("x*[?].py"), glob.has_magic("a[b]"), glob.has_magic("ab"))

t = string.Template("$who likes ${what}; $$5 each")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"), t.get_identifiers(), t.is_valid())
for bad in (lambda: string.Template("$who $").substitute(who=1), lambda: string.Template("${x").substitute(x=1),
            lambda: t.substitute(who="x")):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)


class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"


print(Percent("%user@%host %% %Q").safe_substitute(user="u", host="h"), string.capwords("hello   big world"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 28), textwrap.fill("a-very-long-hyphenated-word and more", 12))
print(repr(textwrap.dedent("    x\n      y\n    z\n")), repr(textwrap.indent("a\n\nb\n", "+ ")), textwrap.shorten(text, 40))
print(textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ", fix_sentence_endings=True).wrap(text[:60]))
print(shlex.split("cmd -x 'a b' \"c \\\"d\\\"\" e\\ f # comment", comments=True), shlex.quote("it's"), shlex.quote("safe"))
print(shlex.join(["echo", "a b", "$x"]), list(shlex.shlex("a=b+c;d", punctuation_chars=True)))
doc = json.loads('{"name": "x\\u00e9\\n", "vals": [1, 2.5e3, -0.0, true, null], "nested": {"k": []}}')
print(doc, json.dumps(doc, sort_keys=True), json.dumps("é\u2028", ensure_ascii=True))
for bad in ('{"a": }', '[1, 2', '{"a" 1}', '"\\x"', "[1] x", "NaN1"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e.msg, e.pos, e.lineno, e.colno)
print(json.JSONDecoder().raw_decode('[1, "two"] rest'), json.loads("NaN") != json.loads("NaN"), json.loads(" 12 "))
parser = argparse.ArgumentParser(prog="tool", description="Demo.")
parser.add_argument("--count", "-c", type=int, default=1, help="how many")
parser.add_argument("--flag", action="store_true")
parser.add_argument("names", nargs="+", metavar="NAME")
print(parser.parse_args(["-c", "3", "a", "b", "--flag"]))
print(parser.format_help())
url = urllib.parse.urlsplit("https://user:pw@example.com:8080/p/a t?q=1&q=2&r=%20#frag")
print(url, url.port, urllib.parse.parse_qsl(url.query), urllib.parse.quote("a b&c/é"), urllib.parse.unquote("%C3%A9%20"))
print(urllib.parse.urljoin("http://a/b/c/d", "../g"), urllib.parse.urlencode({"x": "1 2", "y": ["a", "b"]}, doseq=True))
print(email.utils.parseaddr("Ann Lee <ann@example.org>"), email.utils.getaddresses(["a@b.c, Bob <bob@x.y>"]))
print(email.utils.parsedate_tz("Tue, 01 Feb 2022 10:20:30 +0100"), email.utils.quote('say "hi"'))
