# category: bridge-objects
# must: io objects from open() expose guest objects and reject bad arguments
# oracle: cpython
f = open(__file__)
print("types", type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
print("encoding", f.encoding, f.errors, f.newlines, f.line_buffering)
print("mode", f.mode, f.buffer.mode, f.buffer.raw.mode, type(f.name).__name__)
print("readable", f.readable(), f.writable(), f.seekable())
for call in [lambda: f.truncate([]), lambda: f.readlines([]), lambda: f.read("x"), lambda: f.readline(None),
             lambda: f.seek("a"), lambda: f.seek(0, 7), lambda: f.write("x"), lambda: f.buffer.read1([]),
             lambda: f.buffer.raw.readinto(b"xx"), lambda: f.buffer.peek("x")]:
    try:
        r = call()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__)
print("readlines -1", len(f.readlines(-1)) > 5)
f.close()
f.close()
for call in [lambda: f.read(), lambda: f.buffer.raw.fileno(), lambda: f.readable(), lambda: f.closed]:
    try:
        print("after close ok", call())
    except Exception as e:
        print("after close", type(e).__name__)
for args, kw in [((__file__,), {"encoding": 5}), ((__file__,), {"newline": [1]}), ((__file__, "r", "x"), {}),
                 ((__file__, "rw"), {}), ((__file__,), {"errors": 3}), ((__file__, "r", -1, "nope-codec"), {}),
                 ((__file__, "rb"), {"encoding": "utf-8"}), ((__file__,), {"newline": "zz"}), ((3.5,), {}),
                 ((__file__,), {"opener": 5})]:
    try:
        g = open(*args, **kw)
        print("opened", type(g).__name__)
        g.close()
    except Exception as e:
        print(type(e).__name__)
