# category: malformed-source
# must: null bytes, bad coding declarations and invalid UTF-8 in source raise SyntaxError like CPython
# oracle: cpython
sources = [
    "x = 1\0", b"x = 1\0", "x = '\0'", b"# coding: bogus\nx = 1\n", b"# -*- coding: rot13 -*-\nx = 1\n",
    b"x = '\xff'\n", b"\xff\xfe", b"x = 1 # \xe9\n", b"# coding: latin-1\nx = '\xe9'\n",
    b"\xef\xbb\xbf# coding: latin-1\nx = 1\n", b"\xef\xbb\xbfx = 1\n", b"\n\n# coding: latin-1\nx = '\xe9'\n",
    b"# coding: utf-16\nx = 1\n", b"#!/bin/sh\n# vim: set fileencoding=ascii :\nx = '\xc3\xa9'\n",
    "x = '\udc80'", b"x = '\xed\xa0\x80'\n", b"\xc3", b"x = 1\n\xc3", "# coding: bogus\nx = 1\n",
    b"# coding=utf-8\n\xe9 = 1\n", b"\xfe\xff\x00x", "\ufeffx = 1", b"# coding: utf8\r\nx = 1\r\n",
]
for src in sources:
    for mode in ("exec", "eval_"):
        try:
            if mode == "exec":
                compile(src, "<bad>", "exec")
            else:
                ns = {}
                exec(src, ns)
            print(repr(src)[:30], mode, "ok")
        except SyntaxError as e:
            print(repr(src)[:30], mode, type(e).__name__, e.msg, e.lineno)
        except Exception as e:
            print(repr(src)[:30], mode, "other", type(e).__name__, e)
