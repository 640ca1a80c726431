# category: builtin-args
# must: open() with bad modes, encodings, newline, buffering and file arguments raises the same errors as CPython
# oracle: cpython
import io
F = __file__
cases = [
    "open(F, 'rw')",
    "open(F, 'b+t')",
    "open(F, 'rr')",
    "open(F, 'q')",
    'open(F, mode=5)',
    "open(F, '')",
    "open(F, 'rU')",
    "open(F, encoding='nope')",
    "open(F, 'rb', encoding='utf-8')",
    "open(F, 'rb', newline='')",
    "open(F, 'rb', errors='strict')",
    "open(F, newline='x')",
    'open(F, newline=5)',
    "open(F, buffering='x')",
    "open(F, 'r', buffering=0)",
    'open(F, errors=5)',
    'open(F, encoding=5)',
    'open(F, closefd=False)',
    'open(None)',
    'open(1.5)',
    "open('a\\x00b')",
    "open(b'a\\x00b')",
    'open([])',
    "open('/nonexistent_dir_zz/x')",
    "open('/nonexistent_dir_zz/x', 'w')",
    'open(F, opener=5)',
    'open(F, opener=lambda p, f: -1)',
    "open(F, opener=lambda p, f: 'x')",
    'open(-1)',
    'open(2**40)',
    "open(F, 'x')",
    "io.open(F, 'rt', -2)",
    "io.FileIO(F, 'rt')",
    "io.FileIO(F, 'rw')",
    'io.TextIOWrapper(5)',
    'io.BytesIO(5)',
    'io.StringIO(5)',
    "io.StringIO('x', newline='q')",
    "io.BytesIO(b'ab').read('x')",
    "io.StringIO('ab').seek(-1)",
    "io.StringIO('ab').seek(0, 5)",
    "io.BytesIO(b'ab').seek(1, 7)",
    "io.StringIO('ab').truncate(-1)",
    'io.BufferedReader(io.BytesIO(), buffer_size=0)',
    'io.open_code(5)',
    "open(F).read('x')",
    'open(F).readline(None)[:1]',
    "open(F).write('x')",
    "open(F, 'rb').read(-5)[:5]",
]
for src in cases:
    try:
        r = eval(src)
        print("ok", src, repr(r)[:80])
    except Exception as e:
        print(src, type(e).__name__, e)
