# Uncaught exceptions of custom classes: message formatting for empty args, multiple args, and __module__.
class Empty(Exception):
    pass


class Many(Exception):
    pass


try:
    raise Many("a", 2, None)
except Many as e:
    print(str(e), repr(e))
try:
    raise Empty
except Empty as e:
    print(repr(str(e)), repr(e))
print(Empty.__module__, Empty.__qualname__)
raise Empty()
