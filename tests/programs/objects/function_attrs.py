# Function objects: __name__/__qualname__/__module__/__doc__/__defaults__/__kwdefaults__/__annotations__/__code__.
def outer(a: int, b: str = "x", *args, c: float = 1.0, **kw) -> list:
    """Outer docstring."""
    def inner():
        "inner doc"
        return a
    return inner


print(outer.__name__, outer.__qualname__, outer.__module__, outer.__doc__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__annotations__)
inner = outer(1)
print(inner.__name__, inner.__qualname__, inner.__doc__, inner.__closure__[0].cell_contents)
print(type(outer).__name__, callable(outer), outer.__globals__ is globals(), outer.__builtins__ is not None)
outer.__name__ = "renamed"
outer.__qualname__ = "Renamed.q"
outer.__doc__ = None
print(outer.__name__, outer.__qualname__, outer.__doc__)
try:
    outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    outer.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)


def no_doc():
    x = 1


print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__, no_doc.__annotations__, no_doc.__dict__)
no_doc.attr = "custom"
print(no_doc.attr, vars(no_doc))
try:
    no_doc.missing
except AttributeError as e:
    print(type(e).__name__, e)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__)


def first_expr_not_doc():
    x = "not a docstring"
    "also not a docstring"


print(first_expr_not_doc.__doc__)
print(type(no_doc.__code__).__name__, no_doc.__code__.co_name, no_doc.__code__.co_varnames, no_doc.__code__.co_nlocals)
print(outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount, outer.__code__.co_posonlyargcount)
print(sorted(a for a in dir(no_doc) if a in ("__call__", "__get__", "__code__", "__wrapped__", "__type_params__")))
print(repr(no_doc).startswith("<function no_doc at 0x"), str(lam).startswith("<function <lambda> at"))
no_doc.__code__ = inner.__code__.replace(co_name="swapped", co_freevars=()) if False else no_doc.__code__
print(no_doc.__code__.co_name, no_doc() is None, no_doc.__type_params__)
