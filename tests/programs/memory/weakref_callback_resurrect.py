# A weakref callback runs after the referent is gone; what it stores survives; a callback that drops the last reference to another object finalizes it.
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


survivors = []
t = Thing("referent")
companion = Thing("companion")


def callback(ref):
    global companion
    print("callback, referent gone:", ref() is None)
    survivors.append(ref)
    companion = None
    print("callback done")


r = weakref.ref(t, callback)
del t
print("survivors", len(survivors), survivors[0] is r)
