# super(): zero-argument form, explicit two-argument forms, super in classmethods/staticmethod-free contexts.
class A:
    def hello(self):
        return "A.hello"

    @classmethod
    def create(cls):
        return f"A.create for {cls.__name__}"

    @property
    def prop(self):
        return "A.prop"


class B(A):
    def hello(self):
        return "B>" + super().hello()

    @classmethod
    def create(cls):
        return "B>" + super().create()

    @property
    def prop(self):
        return "B>" + super().prop


class C(B):
    def hello(self):
        return "C>" + super(C, self).hello()

    def skip(self):
        return super(B, self).hello()


c = C()
print(c.hello(), c.skip(), C.create(), c.prop)
print(super(C, c).hello(), super(B, C).create())
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
unbound = super(B)
print(type(unbound).__name__, unbound.__self__)


class D(A):
    def hello(self):
        inner = lambda: super(D, self).hello()
        return "D-lambda>" + inner()

    def comp(self):
        return [super().hello() for _ in range(2)]


print(D().hello(), D().comp())


class Base:
    def __init__(self, **kw):
        self.base_kw = kw


class Left(Base):
    def __init__(self, left=None, **kw):
        self.left = left
        super().__init__(**kw)


class Right(Base):
    def __init__(self, right=None, **kw):
        self.right = right
        super().__init__(**kw)


class Both(Left, Right):
    pass


b = Both(left=1, right=2, extra=3)
print(b.left, b.right, b.base_kw)
print(super(Both, b).__init__.__func__ is Left.__init__)


class Attr(A):
    value = "Attr.value"

    def get(self):
        return super().__class__.__name__, self.__class__.__name__


print(Attr().get())
