# random: Lib's random functions over _random with fixed seeds -- shuffle, choice(s), sample, every distribution, randbytes, state round trips, SystemRandom types.
import random
import statistics

random.seed(12345)
print(random.random(), random.uniform(1, 2), random.randrange(0, 100, 7), random.randint(-5, 5))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(100), 10), random.sample("abcdefgh", 3), random.sample(range(10), k=4, counts=None))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.choices("abc", k=10), random.choices("abc", weights=[1, 2, 3], k=5),
      random.choices("abc", cum_weights=[1, 3, 6], k=5))
print(random.choice(range(1000)), random.choice("xyz"), random.choice([None, True]))
print(random.gauss(0, 1), random.gauss(), random.normalvariate(0, 1), random.expovariate(2))
print(random.betavariate(2, 3), random.gammavariate(2, 1), random.gammavariate(0.5, 1), random.gammavariate(1, 2))
print(random.triangular(0, 1), random.triangular(0, 10, 7), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(10), random.getrandbits(200), random.getrandbits(1), random.getrandbits(0))
print(random.binomialvariate(10, 0.3), random.binomialvariate(100, 0.9), random.binomialvariate(1000, 0.5))
print(random.randrange(10 ** 30), random.randrange(-10, 10, 3), random.randint(0, 2 ** 80))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], type(state), state[0], len(state[1]), state[2])
r = random.Random(2024)
print([r.random() for _ in range(3)], [r.getrandbits(32) for _ in range(3)])
r.seed(2024, version=1)
print(r.random())
for seed in ("hello", b"abc", bytearray(b"abc"), 5, -5, 0, 2 ** 64 - 1, 3.5, -0.0, True, ""):
    r.seed(seed)
    print(repr(seed), r.random(), r.getrandbits(40))
for seed in ("hello", b"abc", 5):
    r.seed(seed, version=1)
    print("version 1", repr(seed), r.random())
r = random.Random(99)
data = [r.gauss(10, 2) for _ in range(200)]
print(round(statistics.mean(data), 6), round(statistics.stdev(data), 6))
print(statistics.median([r.randint(1, 100) for _ in range(51)]))
for bad in (lambda: random.randrange(0), lambda: random.randrange(1, 2, 0), lambda: random.choice([]),
            lambda: random.sample(range(3), 5), lambda: random.seed([1]), lambda: random.randrange(10, 5), lambda: random.randint(1.5, 2),
            lambda: random.getrandbits(-1), lambda: random.choices("ab", weights=[1], k=2),
            lambda: random.binomialvariate(-1), lambda: random.setstate((9, (), None))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
sysr = random.SystemRandom()
print(type(sysr.random()).__name__, 0 <= sysr.randrange(10) < 10, len(sysr.randbytes(3)))
try:
    sysr.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
