# collections: namedtuple, defaultdict, Counter (sorted output), deque, OrderedDict, ChainMap.
import collections

Point = collections.namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p._replace(x=5), p._asdict(), Point._fields, p.x + p.y, isinstance(p, tuple))
dd = collections.defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd), dd["z"], sorted(dd))
c = collections.Counter("mississippi")
print(sorted(c.items()), c.most_common(1), c["z"], sum(c.values()))
c.update("sss")
print(sorted((c - collections.Counter("ssss")).items()), sorted((c & collections.Counter("ip")).items()))
dq = collections.deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(4)
print(dq, dq.popleft(), dq.pop(), dq, dq.maxlen)
dq.rotate(1)
print(dq, list(reversed(dq)), len(dq))
od = collections.OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(od), od.popitem(last=False))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm), len(cm))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(collections.Counter()), repr(collections.deque()), repr(collections.defaultdict(int)))
