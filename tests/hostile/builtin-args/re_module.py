# category: builtin-args
# must: re functions with bad patterns, flags, replacements and groups raise the same errors as CPython
# oracle: cpython
import re
m = re.match("(a)(?P<n>b)", "ab")
cases = [
    "re.compile('(')",
    "re.compile('a{2,1}')",
    're.compile(5)',
    "re.compile('a', flags='x')",
    "re.compile('(?P<1>a)')",
    "re.compile('(?P<a>x)(?P<a>y)')",
    "re.compile('\\\\')",
    "re.compile(r'\\p')",
    "re.compile('[z-a]')",
    "re.compile('*')",
    "re.compile('a**')",
    "re.compile('(?<=a+)b')",
    "re.compile('(?x')",
    "re.compile('(?Q)')",
    "re.compile('a', re.LOCALE)",
    "re.compile(b'a', re.UNICODE)",
    "re.compile('(?i)a(?i)')",
    "re.compile('a(?i)b')",
    "re.compile(r'(\\1)')",
    "re.compile(r'\\8')",
    "re.sub('a', 5, 'a')",
    "re.sub('a', r'\\9', 'a')",
    "re.sub('a', r'\\g<x>', 'a')",
    "re.sub('a', r'\\g<-1>', 'a')",
    "re.sub('a', 'b', 'aaa', count='x')",
    "re.match(b'a', 'a')",
    "re.match('a', b'a')",
    're.escape(5)',
    "re.split('', 'ab')",
    "re.split('x*', 'ab')",
    "re.findall('', 'ab')",
    'm.group(5)',
    "m.group('nope')",
    'm.group(-1)',
    'm.group(1.5)',
    "m.start('zz')",
    'm.span(3)',
    "m.expand(r'\\3')",
    "m['n']",
    'm[7]',
    're.purge(1)',
    "re.fullmatch('a{99999999999}', 'a')",
    "re.compile('a{4294967296}')",
    "re.compile('(' * 200 + ')' * 200) is not None",
    "type(re.template).__name__ if hasattr(re, 'template') else 'none'",
    "re.compile('a').match('a', 'x')",
    "re.compile('a').match('aa', -5, -1)",
    "re.compile('a').sub(lambda m: 5, 'a')",
]
for src in cases:
    try:
        r = eval(src)
        print("ok", src, repr(r)[:80])
    except Exception as e:
        print(src, type(e).__name__, e)
