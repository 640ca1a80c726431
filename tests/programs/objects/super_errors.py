# super() failure modes: no arguments outside a class, wrong types, missing attributes, __class__ cell.
def free_function():
    return super()


try:
    free_function()
except RuntimeError as e:
    print(type(e).__name__, e)


class A:
    def method(self):
        return "A"


class B(A):
    def missing(self):
        return super().nope

    def no_self():
        return super()

    def show_class_cell(self):
        return __class__.__name__


try:
    B().missing()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    B.no_self()
except RuntimeError as e:
    print(type(e).__name__, e)
print(B().show_class_cell(), "__class__" in B.show_class_cell.__code__.co_freevars)
try:
    super(B, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, B())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, 5).method()
except TypeError as e:
    print(type(e).__name__, e)


class C(B):
    def method(self):
        del self
        return super().method()


try:
    C().method()
except RuntimeError as e:
    print(type(e).__name__, e)


class D(A):
    def method(self):
        return super().method() + "D"


m = D.method
print(m(D()))
try:
    m(A())
except TypeError as e:
    print(type(e).__name__, e)
s = super(D, D())
try:
    s.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(super(D, D())).startswith("<super: <class 'D'>, <D object>"))
