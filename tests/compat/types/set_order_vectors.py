# Printed order of sets and frozensets (facts section 2 vectors).
print {8, 16}, {16, 8}
print set('hello world'), frozenset('abracadabra')
print set([3.5, -1, 'z', (1, 2), 10 ** 20])
print set(['x%d' % i for i in range(10)])
print {1.0, 1}, set(), frozenset(), set([]), {()}
s = {1, 2, 3}
print s.pop(); s.add(1); print s.pop(), s
a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
print a | b
print a & b, b & a
print a - b, b - a
print a ^ b, b ^ a
words = set()
for i in range(86):
    words.add('w%d' % (i * 7))
print list(words) == list(set(words)), len(words)
print hash(frozenset()), hash(frozenset([1, 2, 3]))
class S(set):
    pass
print S([1]), S(), frozenset([frozenset([1])])
