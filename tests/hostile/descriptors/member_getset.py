# category: descriptors
# must: member and getset descriptors applied to the wrong objects raise TypeError and never read foreign storage
# oracle: cpython
class S:
    __slots__ = ('a', 'b')
class T:
    __slots__ = ('z',)
s = S()
s.a = 'A'
ma = S.__dict__['a']
print("member type", type(ma).__name__, ma.__name__, ma.__qualname__)
for target in [T(), object(), 5, S, None]:
    try:
        print("get", type(target).__name__, ma.__get__(target))
    except (TypeError, AttributeError) as e:
        print("get", type(target).__name__, type(e).__name__, e)
    try:
        ma.__set__(target, 'pwn')
        print("set allowed", type(target).__name__)
    except (TypeError, AttributeError) as e:
        print("set", type(target).__name__, type(e).__name__)
try:
    S.__dict__['b'].__get__(s)
except AttributeError as e:
    print("unset slot", e)
ma.__delete__(s)
try:
    s.a
except AttributeError as e:
    print("deleted", e)
args = BaseException.__dict__['args']
print("args type", type(args).__name__)
for target in [5, 'x', KeyError('k'), None]:
    try:
        print("args get", repr(args.__get__(target)))
    except Exception as e:
        print("args get", type(target).__name__, type(e).__name__)
e = ValueError(1)
args.__set__(e, [2, 3])
print("args set", e.args)
try:
    args.__set__(e, 5)
except TypeError as x:
    print("args set int", x)
code = type(lambda: 0).__dict__['__code__']
def f():
    return 1
try:
    code.__set__(f, 5)
except TypeError as x:
    print("code set int", x)
try:
    code.__set__(len, (lambda: 2).__code__)
except TypeError as x:
    print("code set builtin TypeError")
print("f intact", f())
d = type(lambda: 0).__dict__['__globals__']
try:
    d.__set__(f, {})
except AttributeError as x:
    print("globals readonly", x)
try:
    type(lambda: 0).__dict__['__defaults__'].__set__(f, 5)
except TypeError as x:
    print("defaults int", x)
