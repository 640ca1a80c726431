# category: exceptions
# must: sys.exc_info()/sys.exception() report CPython's values in finally, lambdas, nested handlers, generators and after handlers
# oracle: cpython
import sys

def show(label):
    t, v, tb = sys.exc_info()
    print(label, t.__name__ if t else None, sys.exception() is v, tb is None or type(tb).__name__)

show("top")
try:
    raise KeyError
except KeyError:
    show("in except")
    (lambda: show("in lambda"))()
    try:
        raise ValueError
    except ValueError:
        show("nested")
    show("back to outer")
show("after")
try:
    try:
        raise OSError
    finally:
        show("finally during exception")
except OSError:
    pass
try:
    pass
finally:
    show("finally without exception")
def gen():
    show("gen start")
    yield
    show("gen resumed")
g = gen()
try:
    raise IndexError
except IndexError:
    next(g)
try:
    raise TypeError
except TypeError:
    try:
        next(g)
    except StopIteration:
        pass
class CM:
    def __exit__(self, *a):
        show("in __exit__")
        return True
    def __enter__(self):
        return self
with CM():
    raise NameError
show("after with")
try:
    raise RuntimeError
except RuntimeError as e:
    del e
    show("after del e")
try:
    e
except NameError:
    print("e unbound after except")
def in_del():
    class D:
        def __del__(self):
            show("in __del__")
    try:
        raise LookupError
    except LookupError:
        d = D()
        del d
in_del()
try:
    raise ZeroDivisionError
except ZeroDivisionError:
    print("exc is exception", sys.exception() is sys.exc_info()[1])
    sys.exc_info()[1].__traceback__ = None
    show("tb cleared")
