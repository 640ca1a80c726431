# category: builtin-args
# must: memoryview misuse and resizing a bytearray while exported raise the same errors as CPython
# oracle: cpython
b = bytearray(b'abcdefgh')
m = memoryview(b)
for name, t in [("append", lambda: b.append(1)), ("extend", lambda: b.extend(b'xy')), ("del item", lambda: b.__delitem__(0)),
                ("iadd", lambda: b.__iadd__(b'z')), ("clear", lambda: b.clear()), ("pop", lambda: b.pop()),
                ("slice grow", lambda: b.__setitem__(slice(0, 1), b'xyz')), ("slice shrink", lambda: b.__setitem__(slice(0, 3), b'')),
                ("imul", lambda: b.__imul__(2)), ("insert", lambda: b.insert(0, 1)), ("remove", lambda: b.remove(97)),
                ("same size slice", lambda: b.__setitem__(slice(0, 2), b'AB')), ("resize via init", lambda: b.__init__(b'q'))]:
    try:
        t()
        print("allowed", name, bytes(b))
    except Exception as e:
        print(name, type(e).__name__, e)
m2 = m[2:4]
m.release()
try:
    b.append(33)
    print("still exported via slice", bytes(b))
except BufferError as e:
    print("BufferError slice still exported")
m2.release()
b.append(33)
print("after release", bytes(b))
cases = ["memoryview(5)", "memoryview('x')", "memoryview(None)", "memoryview(bytearray(b'ab'))[0].__class__",
         "memoryview(b'x').__setitem__(0, 1)", "memoryview(bytearray(1)).__setitem__(0, 256)", "memoryview(bytearray(1)).__setitem__(0, -1)",
         "memoryview(bytearray(1)).__setitem__(0, b'x')", "memoryview(bytearray(4)).__setitem__(slice(0, 2), b'abc')",
         "memoryview(b'abcd').cast('z')", "memoryview(b'abc').cast('i')", "memoryview(b'abcd').cast('i').tolist()[0] > 0",
         "memoryview(b'abcd').cast('B', [3, -1])", "memoryview(b'abcd').cast('B', [2, 2]).tolist()", "memoryview(b'abcd').cast('B', 'x')",
         "memoryview(b'abcd')[::2].cast('B')", "memoryview(b'abcd')[10]", "memoryview(b'abcd')[-5]", "memoryview(b'abcd')['x']",
         "memoryview(b'abcd')[1.5]", "memoryview(b'abcd')[::0]", "memoryview(b'abcd')[0, 0]", "memoryview(b'abcd').cast('B', [2, 2])[0]",
         "memoryview(b'abcd').cast('B', [2, 2])[0, 1]", "memoryview(bytearray(2)).toreadonly().__setitem__(0, 1)",
         "hash(memoryview(bytearray(b'x')))", "hash(memoryview(b'x')) == hash(b'x')", "memoryview(b'ab').tobytes('x')",
         "memoryview(b'ab').hex(5)", "memoryview(b'ab') == b'ab'", "memoryview(b'ab') < b'ac'", "len(memoryview(b''))",
         "memoryview(b'abc').index(98)" if False else "1", "bytes(memoryview(b'abcd')[::-2])", "memoryview(b'ab').__enter__().release()",
         "memoryview(memoryview(b'ab')).obj", "memoryview(b'ab').cast('c').tolist()", "memoryview(b'ab').cast('?').tolist()",
         "memoryview(b'\\x00' * 8).cast('d').tolist()", "memoryview(b'\\x00' * 8).cast('P').format", "memoryview(b'ab').cast('@B').format"]
for src in cases:
    try:
        print("ok", src, repr(eval(src))[:60])
    except Exception as e:
        print(src, type(e).__name__, e)
r = memoryview(b'abc')
r.release()
for name, t in [("len", lambda: len(r)), ("getitem", lambda: r[0]), ("tobytes", lambda: r.tobytes()), ("cast", lambda: r.cast('B')),
                ("eq", lambda: r == r), ("nbytes", lambda: r.nbytes), ("obj", lambda: r.obj), ("release twice", lambda: r.release()),
                ("repr", lambda: repr(r)[:18]), ("with", lambda: r.__enter__())]:
    try:
        print("released ok", name, t())
    except Exception as e:
        print("released", name, type(e).__name__, e)
