# cmath: every function on ordinary and special values, argument conversion (complex subclass, __complex__, __float__, __index__), errors and messages
import cmath
import math


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


FUNCTIONS = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
             "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite",
             "isinf", "isnan"]
VALUES = [0j, 1, -1, 2.5, 1j, -1j, 1 + 1j, -2 - 3j, complex(0.0, -0.0), complex(-0.0, 0.0),
          complex(math.inf, 0), complex(0, math.inf), complex(-math.inf, math.nan),
          complex(math.nan, 1), 1e308 + 1e308j, 700 + 0j]

for name in FUNCTIONS:
    func = getattr(cmath, name)
    for value in VALUES:
        show("%s(%r)" % (name, value), lambda: func(value))

# two-argument functions
show("log(8, 2)", lambda: cmath.log(8, 2))
show("log(1j, 1+1j)", lambda: cmath.log(1j, 1 + 1j))
show("log(0)", lambda: cmath.log(0))
show("log(1, 1)", lambda: cmath.log(1, 1))
show("rect(2, pi/2)", lambda: cmath.rect(2, math.pi / 2))
show("rect(inf, 0)", lambda: cmath.rect(math.inf, 0))
show("rect(1, inf)", lambda: cmath.rect(1, math.inf))
show("rect(1, 1j)", lambda: cmath.rect(1, 1j))
show("exp(1000)", lambda: cmath.exp(1000))
show("cosh(1000j+1000)", lambda: cmath.cosh(1000 + 1000j))
show("sqrt(-0.0)", lambda: cmath.sqrt(-0.0))

# isclose
show("isclose(1, 1+1e-10)", lambda: cmath.isclose(1, 1 + 1e-10))
show("isclose(1j, 1.1j, rel_tol=0.2)", lambda: cmath.isclose(1j, 1.1j, rel_tol=0.2))
show("isclose(0, 1e-10, abs_tol=1e-9)", lambda: cmath.isclose(0, 1e-10, abs_tol=1e-9))
show("isclose(inf, inf)", lambda: cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)))
show("isclose rel_tol<0", lambda: cmath.isclose(1, 2, rel_tol=-1))
show("isclose one arg", lambda: cmath.isclose(1))
show("isclose positional tol", lambda: cmath.isclose(1, 2, 0.5))


# argument conversion
class ComplexSub(complex):
    pass


class ComplexSubOverride(complex):
    def __complex__(self):
        return 5j


class HasComplex:
    def __complex__(self):
        return 1 + 2j


class HasFloat:
    def __float__(self):
        return 2.5


class HasIndex:
    def __index__(self):
        return 3


class BadComplex:
    def __complex__(self):
        return 1


class BadFloat:
    def __float__(self):
        return "x"


class Both:
    def __complex__(self):
        return 3j

    def __float__(self):
        return 1.0


class FloatSub(float):
    pass


ARGUMENTS = [ComplexSub(1, 1), ComplexSubOverride(1, 1), HasComplex(), HasFloat(), HasIndex(),
             BadComplex(), BadFloat(), Both(), FloatSub(4.0), True, 2 ** 2000, "x", None, [1]]
for arg in ARGUMENTS:
    for name in ("sqrt", "phase", "polar", "isnan"):
        show("%s(%s)" % (name, type(arg).__name__), lambda: getattr(cmath, name)(arg))
show("rect(HasFloat, HasIndex)", lambda: cmath.rect(HasFloat(), HasIndex()))
show("log(HasComplex, HasFloat)", lambda: cmath.log(HasComplex(), HasFloat()))

# call errors
show("sqrt()", lambda: cmath.sqrt())
show("sqrt(1, 2)", lambda: cmath.sqrt(1, 2))
show("sqrt(z=1)", lambda: cmath.sqrt(z=1))
show("log()", lambda: cmath.log())
show("log(1, 2, 3)", lambda: cmath.log(1, 2, 3))
show("rect(1)", lambda: cmath.rect(1))

# constants and module surface
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(sorted(name for name in dir(cmath) if not name.startswith("__")))
print(cmath.__name__, type(cmath.sqrt).__name__, cmath.sqrt.__name__, cmath.sqrt.__module__)
print(cmath.sqrt.__doc__)
print(cmath.isclose.__text_signature__)
