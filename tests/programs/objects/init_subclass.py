# __init_subclass__: implicit classmethod, inheritance chains, registries, super() cooperation.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("init_subclass for", cls.__name__, "called on", type(cls).__name__)


class Audio(Plugin, name="audio-plugin"):
    pass


class Video(Plugin):
    pass


class HDVideo(Video):
    pass


print(Plugin.registry, HDVideo.plugin_name, hasattr(Plugin, "plugin_name"))


class Counter:
    subclasses = 0

    @classmethod
    def explicit(cls):
        return cls.__name__

    def __init_subclass__(cls):
        Counter.subclasses += 1


class A(Counter): pass
class B(A): pass
class C(B): pass


print(Counter.subclasses, C.explicit())


class Validated:
    required = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [name for name in cls.required if not hasattr(cls, name)]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {missing}")


class Shape(Validated):
    required = ("area",)
    area = None


try:
    class Broken(Shape):
        required = ("area", "perimeter")
except TypeError as e:
    print(type(e).__name__, e)


class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin hook for", cls.__name__, kw)
        super().__init_subclass__(**kw)


class Both(Mixin, Plugin, name="both"):
    pass


print(Both.plugin_name, type(Plugin.__dict__["__init_subclass__"]).__name__)
