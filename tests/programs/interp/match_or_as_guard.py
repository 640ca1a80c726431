# match: or-patterns, as-patterns, guards (evaluated after binding), capture semantics after failure.
def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "move " + direction
        case ["take", item] if item != "nothing":
            return "take " + item
        case ["take", _]:
            return "cannot take"
        case ["drop", *objs] if len(objs) > 1:
            return "drop many " + ",".join(objs)
        case ["drop", obj] | ["put", obj, "down"]:
            return "drop one " + obj
        case [("quit" | "exit")]:
            return "bye"
        case [verb, *_] as whole:
            return f"unknown verb {verb} in {whole}"
        case []:
            return "nothing"


for c in ["go north", "go up", "take lamp", "take nothing", "drop a b c", "drop key", "put key down", "quit",
          "exit", "", "dance wildly"]:
    print(repr(c), "->", classify(c))
guard_calls = []


def guard(v):
    guard_calls.append(v)
    return v > 2


for value in [1, 3]:
    match value:
        case x if guard(x):
            print("guard passed", x)
        case y:
            print("fallback", y)
print(guard_calls)
match (1, 2):
    case (a, 3):
        print("no")
    case (1, b):
        print("second case binds", b)
match 42:
    case (int() as n) | (str() as n):
        print("as in or", n)
match [1, [2, 3]]:
    case [1, [2, _] as inner] as outer:
        print(inner, outer)
