# category: bridge-objects
# must: array.array, collections types and functools.partial (incl. __reduce__/__setstate__) expose only guest objects
# oracle: cpython
import array, collections, functools, copy, pickle

def ordinary(x):
    t = type(x)
    try:
        repr(x)
    except Exception:
        return False
    return isinstance(t.__module__, str) and (type(t) is type or issubclass(type(t), type))

def walk(obj):
    bad = []
    for n in dir(obj):
        try:
            v = getattr(obj, n)
        except Exception:
            continue
        if not ordinary(v):
            bad.append(n)
    return bad

a = array.array("i", [1, 2, 3])
print("array", walk(a), a.typecode, a.itemsize, a.buffer_info()[1])
print("reduce_ex", [ordinary(x) for x in a.__reduce_ex__(3)])
print("pickle", pickle.loads(pickle.dumps(a)) == a)
for tc, init in [("z", []), ("i", [2**40]), ("b", [128]), ("u", "ab"), ("w", "ab"), ("d", ["x"]), ("B", b"\x01\x02")]:
    try:
        print("array", tc, array.array(tc, init).tolist())
    except (ValueError, OverflowError, TypeError) as e:
        print("array", tc, type(e).__name__)
try:
    a.frombytes(b"\x00\x01")
except ValueError:
    print("frombytes partial ValueError")
try:
    array.array("i", [1]) + array.array("d", [1.0])
except TypeError:
    print("mixed concat TypeError")
ar = array.array("b", range(5))
ar[1:3] = array.array("b")
print("slice del", ar.tolist())
try:
    ar[::2] = array.array("b", [9])
except ValueError:
    print("extended slice ValueError")
dq = collections.deque([1, 2, 3], maxlen=2)
print("deque", list(dq), dq.maxlen, walk(dq), ordinary(dq.__reduce__()))
try:
    dq.maxlen = 5
except AttributeError:
    print("maxlen readonly")
od = collections.OrderedDict(a=1, b=2)
od.move_to_end("a")
print("od", list(od), walk(od), type(od.__reduce__()).__name__)
try:
    od.move_to_end("zz")
except KeyError:
    print("move_to_end KeyError")
dd = collections.defaultdict(list)
dd["x"].append(1)
print("dd", dict(dd), dd.default_factory is list, ordinary(dd.__reduce__()))
try:
    collections.defaultdict(5)
except TypeError:
    print("defaultdict non-callable TypeError")
cnt = collections.Counter("abca")
print("counter", cnt.most_common(1), walk(cnt))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print("chainmap", cm["a"], cm["b"], len(cm), walk(cm))
P = collections.namedtuple("P", "x y")
print("namedtuple", P(1, 2), walk(P(1, 2)), P._fields, P.__reduce__ is tuple.__reduce__ or True)
p = functools.partial(max, 1, key=abs)
r = p.__reduce__()
print("partial reduce", r[0] is type(p), r[1][0] is max, r[2][1], r[2][2])
print("partial walk", walk(p), p.func is max, p.args, p.keywords)
for state in [(min, (), {}, None), (5, (), {}, None), (min, [], {}, None), (min, (), 5, None), (min,), "x", (min, (), None, None)]:
    q = functools.partial(max)
    try:
        q.__setstate__(state)
        print("setstate ok", q.func is min, q.args, q.keywords)
    except TypeError as e:
        print("setstate", type(e).__name__)
try:
    functools.partial()
except TypeError:
    print("partial() TypeError")
try:
    functools.partial(5)
except TypeError:
    print("partial(5) TypeError")
nested = functools.partial(functools.partial(max, 1), 2)
print("flattened", nested.func is max, nested.args)
print("copy", copy.deepcopy(p)(-5, 3))
print("pickle partial", pickle.loads(pickle.dumps(p))(-5, 3))
