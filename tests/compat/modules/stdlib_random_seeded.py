# random with fixed seeds reproduces CPython 2.7's MT19937 sequences (facts section 6).
import random
random.seed(1)
print [repr(random.random()) for _ in range(3)]
random.seed(1)
print random.randint(1, 100), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 5), random.choice('abcdef')
print random.uniform(1, 2), repr(random.uniform(1, 2))
random.seed(1)
x = range(10)
random.shuffle(x)
print x, random.sample(range(100), 5), random.sample('abcdefgh', 3)
random.seed(1)
print repr(random.gauss(0, 1)), repr(random.gauss(0, 1)), repr(random.normalvariate(0, 1)), repr(random.expovariate(1.5))
random.seed(1)
print random.getrandbits(64), random.getrandbits(1), random.randrange(2 ** 60), random.randint(0, 2 ** 53)
random.seed(42)
print [repr(random.random()) for _ in range(3)]
random.seed(42)
print [random.randint(1, 10) for _ in range(10)]
random.seed(42)
y = range(10)
random.shuffle(y)
print y, random.sample(range(100), 5), random.choice(['x', 'y', 'z']), random.gauss(0, 1), repr(random.gauss(0, 1))
random.seed(42)
print random.sample(xrange(10000), 4)
random.seed('hello')
print random.random(), repr(random.random())
for s in [0, -1, 2 ** 40, 3.0, 3]:
    random.seed(s)
    print s, repr(random.random())
print repr(random.Random(7).random())
r = random.Random(5)
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print a == [r.random() for _ in range(3)], state[0], len(state[1])
for f in [lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample(range(3), 5),
          lambda: random.randrange(1.5), lambda: random.choice([])]:
    try:
        f()
    except (ValueError, IndexError) as e:
        print type(e).__name__, e
