# __del__ on subclasses of built-in types (list, dict, Exception) and on classes with __slots__; a __del__ added to the class before instantiation.
class MyList(list):
    def __del__(self):
        print("MyList del", len(self))


class MyDict(dict):
    def __del__(self):
        print("MyDict del", sorted(self))


class MyError(Exception):
    def __del__(self):
        print("MyError del", self.args)


class Slotted:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Slotted del", self.name)


class Later:
    pass


def later_del(self):
    print("Later del")


Later.__del__ = later_del
MyList([1, 2, 3])
MyDict(a=1, b=2)
try:
    raise MyError("boom")
except MyError:
    print("caught")
Slotted("s")
Later()
print("end")


class AfterTheFact:
    pass


existing = AfterTheFact()
AfterTheFact.__del__ = lambda self: print("AfterTheFact del")
existing = None
print("really the end")
