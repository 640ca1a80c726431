# random: the same Mersenne Twister sequences as CPython for every seed type; Random subclasses; state.
import random
random.seed(42); print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5))
random.seed("hello"); print(random.random()); random.seed(b"x"); print(random.getrandbits(70))
random.seed(-5); a = random.random(); random.seed(5); print(a == random.random())
random.seed(3.5); print(random.random()); random.seed(2 ** 100); print(random.random())
r = random.Random(7)
lst = list(range(10)); r.shuffle(lst)
print(r.gauss(0, 1), lst, r.uniform(1, 2), r.randrange(0, 100, 7), r.triangular(0, 1, 0.5))
s = r.getstate(); x = r.random(); r.setstate(s); print(x == r.random())
class My(random.Random):
    def __init__(self):
        super().__init__(1)
        self.extra = 5
print(My().random(), My().extra)
try:
    random.seed([1])
except TypeError as e:
    print(e)
print(random.Random(10).choices("abc", k=5), random.Random(1).expovariate(1.0), random.Random(2).binomialvariate(10, 0.5))
print(random.Random(3).betavariate(2, 3), random.Random(4).normalvariate(), random.Random(5).randbytes(4))
