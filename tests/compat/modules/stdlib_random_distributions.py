# random's distribution formulas (2.7's random.py) reproduce CPython's numbers for fixed seeds.
import random
r = random.Random(12345)
print [round(r.triangular(0, 10, 3), 10) for _ in range(3)]
print [round(r.vonmisesvariate(1.0, 4.0), 10) for _ in range(2)], round(r.vonmisesvariate(0, 0), 10)
print [round(r.gammavariate(a, 2.0), 10) for a in (0.5, 1.0, 3.0)]
print round(r.betavariate(2, 5), 10), round(r.lognormvariate(0, 1), 10), round(r.paretovariate(3), 10)
print round(r.weibullvariate(1, 2), 10), round(r.expovariate(0.5), 10), round(r.normalvariate(5, 2), 10)
r.seed(2)
print r.sample(xrange(100000), 3), r.sample(set([1, 2, 3, 4, 5, 6, 7]), 2), r.sample({"a": 1, "b": 2, "c": 3}, 2)
r.random()
print r.random() < 1, r.getrandbits(100), r.randrange(10 ** 20), r.randrange(-5, 5, 3)
state = r.getstate()
x = r.gauss(0, 1)
r.setstate(state)
print x == r.gauss(0, 1)
for f in [lambda: r.gammavariate(0, 1), lambda: r.randrange(5, 1, 0), lambda: r.randrange(0, 10, 1.5),
          lambda: r.getrandbits(0)]:
    try:
        f()
    except ValueError as e:
        print "ValueError", e
