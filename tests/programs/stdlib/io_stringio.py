# io.StringIO: newline modes, f.newlines, seeking, padding, errors, iteration and state.
import io
s = io.StringIO("line1\nline2\r\nline3")
print(repr(s.readline()), s.read(3), s.tell(), list(s), repr(s.getvalue()))
s = io.StringIO(newline=None); s.write("a\r\nb\rc"); print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline=""); s.write("a\r\nb\rc\n"); s.seek(0); print(s.readlines(), s.newlines)
s = io.StringIO("a\nb", newline="\r\n"); print(repr(s.getvalue()), s.readlines())
s = io.StringIO("abc"); s.seek(5); s.write("x"); print(repr(s.getvalue()), s.tell())
s = io.StringIO("abcdef"); s.seek(2); s.write("XY"); print(s.getvalue(), s.truncate(3), s.getvalue(), s.read())
for bad in [lambda: io.StringIO(b"x"), lambda: io.StringIO("x", "q"), lambda: io.StringIO("x", 5), lambda: s.seek(1, 1),
            lambda: s.seek(-1), lambda: s.seek(0, 5), lambda: s.truncate(-1), lambda: s.write(b"x")]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(io.StringIO("x").__getstate__(), io.StringIO().line_buffering, io.StringIO().newlines)
s.close()
try:
    s.read()
except ValueError as e:
    print(e)
class Tracking(io.StringIO):
    def write(self, text):
        return super().write(text.upper())
t = Tracking(); print("hi", file=t); print(repr(t.getvalue()))
