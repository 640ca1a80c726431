# category: frame-walk
# must: frames seen from class-creation and protocol hooks chain to guest callers only
# oracle: cpython
import sys

log = []
def chain(tag):
    f = sys._getframe(1)
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    log.append((tag, names))

class Base:
    def __init_subclass__(cls, **kw):
        chain("init_subclass")
    def __class_getitem__(cls, item):
        chain("class_getitem")
        return cls

class Desc:
    def __set_name__(self, owner, name):
        chain("set_name")
    def __get__(self, obj, typ=None):
        chain("get")
        return 1

class Meta(type):
    def __instancecheck__(cls, obj):
        chain("instancecheck")
        return True
    def __subclasscheck__(cls, sub):
        chain("subclasscheck")
        return True
    @classmethod
    def __prepare__(mcls, name, bases):
        chain("prepare")
        return {}

class Missing(dict):
    def __missing__(self, key):
        chain("missing")
        return 0

def build():
    class Sub(Base):
        d = Desc()
    Sub[int]
    Sub().d
    class M(metaclass=Meta):
        pass
    isinstance(1, M)
    issubclass(int, M)
    Missing()["x"]
    try:
        raise ValueError
    except M:
        chain("except-match")
build()
for entry in log:
    print(entry)
