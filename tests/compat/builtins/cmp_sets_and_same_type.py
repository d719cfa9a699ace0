# cmp() of sets raises (2.7's set tp_compare), also across set/frozenset and
# subclasses, unless == settles it first; identity compares equal.
class S(set):
    pass
def t(a, b):
    try:
        print cmp(a, b),
    except TypeError as e:
        print "TypeError:", e,
    try:
        print cmp(b, a)
    except TypeError as e:
        print "TypeError:", e
s = set([1])
t(s, s)
t(set(), set())
t(set([1]), set([2]))
t(set([1]), frozenset([1]))
t(set([1]), frozenset([2]))
t(S([1]), S([2]))
t(S([1]), set([1]))
t(set(), [])
t(set(), None)
print sorted([set([2]), set([1])]), [set()] == [set()]
try:
    sorted([set([1]), set([2])], cmp)
except TypeError as e:
    print "sorted with cmp:", e
