# print(): sep, end, file=sys.stderr, flush, non-string objects, empty calls, errors for bad arguments.
import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" [end]\n")
print(1, 2.5, None, [1], {"k": "v"}, (1,), True, b"x", sep="|")
print("no newline", end="")
print(" <- continued")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=", ")
print(*[], sep="ignored")
print("x", sep=None, end=None)
print("multi\nline")
print("", end="\n\n")
print("after blank")


class Shows:
    def __str__(self):
        return "Shows.__str__"

    def __repr__(self):
        return "Shows.__repr__"


print(Shows(), [Shows()])


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


w = Writer()
print("to", "writer", file=w, flush=True)
print(w.parts)
print("file=None goes to stdout", file=None)
for kwargs in [{"sep": 5}, {"end": []}, {"file": 5}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
sys.stdout.write("direct write\n")
sys.stderr.write("direct stderr\n")
print("last line on stdout")
