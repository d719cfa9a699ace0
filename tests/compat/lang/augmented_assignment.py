# Augmented assignment on names, attributes, subscripts; all operators.
x = 10
x += 5; x -= 3; x *= 2; x /= 5; print x
x //= 2; x %= 3; x **= 3; print x
x = 0b1100
x &= 0b1010; print x,
x |= 1; print x,
x ^= 0b11; print x,
x <<= 3; print x,
x >>= 1; print x
s = "ab"; s += "cd"; s *= 2; print s
class C(object):
    pass
c = C(); c.n = 1; c.n += 41; print c.n
d = {'k': [1]}; d['k'] += [2]; d['k'] *= 2; print d
l = [1, 2, 3]; l[1] += 10; l[-1] **= 2; print l
def idx():
    print "idx evaluated"
    return 0
l[idx()] += 100
print l
