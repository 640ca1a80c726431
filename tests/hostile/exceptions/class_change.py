# category: exceptions
# must: changing an exception's __class__ follows CPython's layout rules and except matching uses the new class
# oracle: cpython

class A(Exception):
    pass
class B(Exception):
    pass
class WithSlots(Exception):
    __slots__ = ("x",)
class Plain:
    pass
e = A("a")
e.__class__ = B
print("A->B", type(e).__name__, isinstance(e, B), e.args)
try:
    raise e
except A:
    print("caught as A")
except B:
    print("caught as B")
for target in (ValueError, KeyError, OSError, Plain, int, WithSlots, BaseException, StopIteration, SystemExit):
    x = A("m")
    try:
        x.__class__ = target
        print("->", target.__name__, "ok", type(x).__name__)
    except TypeError as ex:
        print("->", target.__name__, "TypeError")
v = ValueError("builtin")
try:
    v.__class__ = A
    print("builtin -> A ok")
except TypeError:
    print("builtin -> A TypeError")
class MidRaise(Exception):
    pass
try:
    try:
        raise MidRaise("m")
    except MidRaise as err:
        err.__class__ = B
        raise
except B as caught:
    print("reraised as", type(caught).__name__)
class Shape(Exception):
    def __init__(self):
        self.__class__ = B
try:
    raise Shape()
except B:
    print("changed in __init__ caught as B")
import sys
try:
    raise A
except A:
    sys.exc_info()[1].__class__ = B
    print("exc_info type", sys.exc_info()[0].__name__)
