# Augmented assignment whose value is an arithmetic expression
# (b[3] -= dx * cm): same results, in-place methods and errors as
# evaluating the value first.


class Box(object):
    def __init__(self):
        self.x = 1.5
        self.n = 3


class IAdd(object):
    def __init__(self):
        self.got = []

    def __iadd__(self, o):
        self.got.append(o)
        return self

    def __isub__(self, o):
        return 'isub %r' % (o,)


class F(float):
    def __sub__(self, o):
        return 'F.__sub__(%r)' % (o,)


a, b = 0.25, 3.0
x = 1.0
x += a * b
x -= -a
x *= a + b
x /= b - a * 2
x **= a * 2
print repr(x)
n = 10
n += n * 2
n -= 7 // 2 * 3
n *= 2 ** 3
n /= 2 + 1
print n
m = 10
m /= 2 * 2.0
print repr(m)
l = [1.5, 2.5, [0], 'a']
l[0] -= a * b
l[1] += -(a - b)
l[2] += [1] * 2
l[3] += 'b' * 2
print l
box = Box()
box.x *= a * b + 1
box.n += box.n * 2
print repr(box.x), box.n
o = IAdd()
o += a * b + 1
o += 'x' * 2
print o.got
o2 = IAdd()
o2 -= a * 2
print o2
f = F(2.0)
f -= a * 4
print f
t = (1.0,)
t += (a * 2,) * 2
print t


def err(label, f):
    try:
        print label, repr(f())
    except Exception as e:
        print label, type(e).__name__, e


def zero():
    v = 1.0
    v /= a - a * 1
    return v


def zero_item():
    v = [1.0]
    v[0] %= a * 0
    return v


def overflow():
    v = 1e300
    v **= a * 8
    return v


def unbound():
    w += a * 2
    w = 1


def none_attr():
    box.x = None
    box.x += a * 2


err('zero', zero)
err('zero item', zero_item)
err('overflow', overflow)
err('unbound', unbound)
err('none attr', none_attr)
s = 0.0
for i in range(1, 100):
    s += 1.0 / i * i - 0.5
    s -= i % 7 * 0.125
print repr(s)
