# __del__ is inherited and can call the base class's __del__ through super(); self is intact inside it.
class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__, self.value)


class Derived(Base):
    def __init__(self):
        self.value = 42

    def __del__(self):
        print("Derived.__del__ first")
        super().__del__()


class Plain(Base):
    value = "class attribute"


Derived()
Plain()
d = Derived()
d2 = d
del d
print("one name left")
del d2
print("end")
