# operator functions and copy/deepcopy semantics.
import operator
import copy
print operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.itemgetter(0, 2)("abc"), operator.not_(1)
print sorted([("b", 2), ("a", 3)], key=operator.itemgetter(1)), operator.attrgetter("imag")(3 + 4j), operator.contains([1], 1)
print operator.methodcaller("upper")("x"), operator.getitem({1: 2}, 1), operator.truediv(1, 2), operator.div(7, 2), operator.index(5)
a = [[1, 2], {"k": [3]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[0].append(9)
a[1]["k"].append(4)
print s, d, s[0] is a[0], d[0] is a[0]
class C(object):
    def __init__(self):
        self.items = [1]
c = C()
c2 = copy.deepcopy(c)
c2.items.append(2)
print c.items, c2.items, type(c2).__name__
