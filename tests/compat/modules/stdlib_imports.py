# A few common stdlib imports used together: math, string, collections, itertools, operator.
import math
import string
import operator
from collections import defaultdict, namedtuple, OrderedDict, Counter, deque
import itertools
print math.sqrt(16), math.floor(-2.5), math.pi, math.factorial(20)
print string.upper("abc"), string.join(["a", "b"], "-"), string.letters[:5]
print reduce(operator.add, [1, 2, 3]), operator.itemgetter(1)("xyz"), operator.attrgetter("real")(5)
d = defaultdict(list)
d["a"].append(1)
print dict(d), d["missing"]
P = namedtuple("P", "x y")
print P(1, 2), P(1, 2).x, P._fields
o = OrderedDict()
o["z"] = 1
o["a"] = 2
print o, o.keys()
print Counter("abracadabra").most_common(2), deque([1, 2, 3], maxlen=2)
print list(itertools.chain([1], [2])), list(itertools.permutations("ab")), list(itertools.product("ab", repeat=2))
print list(itertools.combinations(range(4), 2)), list(itertools.islice(itertools.count(5), 3))
