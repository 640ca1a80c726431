# Order of evaluation during class creation: decorators, bases, keywords, body, __set_name__, __init_subclass__.
log = []


def note(msg, value=None):
    log.append(msg)
    return value


class Describe:
    def __set_name__(self, owner, name):
        log.append(f"set_name {name}")


class Base:
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__} {sorted(kw)}")


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append("prepare")
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        log.append("meta new")
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        log.append("meta init")
        super().__init__(name, bases, ns)


def deco(tag):
    note(f"decorator expression {tag}")

    def apply(cls):
        log.append(f"apply decorator {tag}")
        return cls
    return apply


@deco("outer")
@deco("inner")
class Example(note("base expr", Base), metaclass=note("meta expr", Meta), flag=note("kw expr", 1)):
    note("body start")
    first = Describe()
    second = Describe()
    note("body end")


for line in log:
    print(line)
print(type(Example).__name__, Example.__mro__[1].__name__)
