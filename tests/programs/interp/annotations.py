# Annotations: module/class/function __annotations__, annotated assignments without values, evaluation order.
import sys

x: int = 5
y: "forward ref"
print(__annotations__)
print("y" in globals())


def f(a: int, b: "str" = "d", *args: float, c: bool = True, **kw: dict) -> None:
    local: list = []
    unevaluated_local: undefined_name_is_fine_here
    return local


print(f.__annotations__, f(1))


class C:
    field: int
    other: str = "value"
    counter = 0
    nested: dict[str, int] = {}

    def method(self) -> "C":
        return self


print(C.__annotations__, C.other, hasattr(C, "field"), C.method.__annotations__)
order = []


def ann(label):
    order.append(label)
    return label


class D:
    first: ann("first annotation") = ann("first value")
    second: ann("second annotation")


print(order, D.__annotations__)
obj = C()
obj.attr: int = 3
print(obj.attr, C.__annotations__.get("attr"))
lst = [0]
lst[0]: int = 9
print(lst)
print(sys.modules[__name__].__annotations__ is __annotations__)
lam = lambda: None
print(lam.__annotations__, type(f.__annotations__).__name__)
f.__annotations__ = {"replaced": int}
print(f.__annotations__)
