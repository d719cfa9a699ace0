# random.jumpahead (sha512 of repr(n) + repr(state), then the core's
# shuffle) and getstate() holding longs, as 2.7 returns them.
import random

r = random.Random(42)
state = r.getstate()
print state[0], len(state[1]), repr(state[1][:3]), repr(state[1][-1]), state[2]
r.jumpahead(5)
print [r.randint(0, 1000) for i in range(5)]
r.jumpahead(10 ** 30)
print r.random()
r.jumpahead('text')
print r.random()
r.setstate(state)
print r.random() == random.Random(42).random()
random.seed(7)
random.jumpahead(1)
print random.random()
a = random.Random(3)
b = random.Random(3)
a.jumpahead(1)
b.jumpahead(2)
print a.random() != b.random()
