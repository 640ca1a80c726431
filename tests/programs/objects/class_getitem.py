# __class_getitem__ and generic aliases of builtins: list[int], dict[str, int], custom generic classes.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


print(Box[int], Box["text"], Box[1, 2])


class Sub(Box):
    pass


print(Sub[str])
alias = list[int]
print(alias, alias.__origin__, alias.__args__, type(alias).__name__)
print(dict[str, list[int]])
print(tuple[int, ...], type[int])
print(alias([1, 2]), isinstance(alias([1]), list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(list[int] == list[int], list[int] == list[str])
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)


class WithMeta(type):
    def __getitem__(cls, item):
        return "metaclass getitem " + repr(item)


class UsesMeta(metaclass=WithMeta):
    def __class_getitem__(cls, item):
        return "class_getitem " + repr(item)


print(UsesMeta[5])


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
print(type(Box.__dict__["__class_getitem__"]).__name__)
print(frozenset[int], set[str], type(None) | int)
