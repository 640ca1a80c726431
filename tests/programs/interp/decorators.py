# Decorators: evaluation order, stacking, decorators with arguments, class decorators, arbitrary expressions.
log = []


def trace(name):
    log.append("make " + name)

    def deco(fn):
        log.append("apply " + name + " to " + fn.__name__)

        def wrapper(*args, **kwargs):
            log.append("call " + name)
            return fn(*args, **kwargs)

        wrapper.__name__ = fn.__name__ + "_" + name
        return wrapper

    return deco


@trace("outer")
@trace("inner")
def greet(who):
    return "hi " + who


print(greet("bob"), greet.__name__)
print(log)


def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        cls.registered = True
        return cls

    return deco


REG = []


@register(REG)
class Plugin:
    pass


print(REG, Plugin.registered)
decorators = {"double": lambda f: lambda x: f(x) * 2}


@decorators["double"]
def ident(x):
    return x


print(ident(21))


@(lambda f: f.__name__.upper())
def replaced():
    pass


print(replaced)


class Service:
    @staticmethod
    @trace("static")
    def helper(x):
        return x + 1

    @property
    def value(self):
        return 99


print(Service.helper(1), Service().value)


def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)

    wrapper.calls = 0
    return wrapper


@count_calls
def noop():
    pass


noop(); noop(); noop()
print(noop.calls)
