# math: functions, constants, errors and conversions of guest objects (__float__, __index__, __floor__).
import math
print(math.sqrt(2), math.floor(2.5), math.ceil(-2.5), math.trunc(3.9), math.pi, math.e, math.tau)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.gcd(12, 18, 30), math.lcm(4, 6), math.isqrt(10 ** 20))
print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.prod(range(1, 8)), math.hypot(3, 4, 12))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.pow(2, 10), math.copysign(3, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.dist((0, 0), (3, 4)), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.modf(3.25), math.fmod(7, 3), math.remainder(7, 4), math.nextafter(1.0, 2.0), math.ulp(1.0), math.sumprod([1, 2], [3, 4]))
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 7
class Fl:
    def __floor__(self): return "floored"
    def __ceil__(self): return "ceiled"
print(math.sqrt(F()), math.factorial(I()), math.floor(Fl()), math.ceil(Fl()), math.fsum(x / 4 for x in range(5)))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.sqrt("x"), lambda: math.factorial(-1),
            lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.comb(1, 2, 3), lambda: math.isqrt(-1)):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.sqrt.__name__, math.sqrt.__module__, type(math.sqrt).__name__, math.__name__)
