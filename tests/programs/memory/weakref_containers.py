# WeakValueDictionary, WeakKeyDictionary and WeakSet drop entries as soon as the objects die.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary((o.name, o) for o in objs)
wkd = weakref.WeakKeyDictionary((o, o.name * 10) for o in objs)
ws = weakref.WeakSet(objs)
print(len(wvd), len(wkd), len(ws))
del objs[1:3]
print(len(wvd), len(wkd), len(ws), sorted(wvd.keys()), sorted(wkd.values()))
print(sorted(o.name for o in ws))
print(wvd.get(1), 0 in wvd, objs[0] in wkd, objs[0] in ws)
objs.clear()
print(len(wvd), len(wkd), len(ws), list(wvd.items()))
cache = weakref.WeakValueDictionary()
cache["x"] = Obj("temp")
print("temp entry", list(cache.keys()))
