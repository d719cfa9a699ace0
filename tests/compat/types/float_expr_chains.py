# Chains of arithmetic operators (computed without boxed temporaries when
# every operand is a float) give the same values, types and errors as
# step-by-step evaluation, for every mix of operand types.


def show(label, v):
    print label, type(v).__name__, repr(v)


x, y, z = 1.5, -2.25, 3.0
i, big, lng = 7, 2 ** 62 + 1, 2 ** 70
show('floats', x * x + y * y - z / 4.0)
show('pow', (x * x + y * y) ** 0.5 * 2.0)
show('neg', -x * y - -z + -(x + y))
show('float int', x * i + i * y - 3 / z + z / 3)
show('int first', i * 2 + x)
show('int only', i * i + 3 - i / 2)
show('int pow', i ** 2 + 1 - 2 ** -1 * 4)
show('boxed int', x * big + 1.0)
show('long', x * lng + lng / 3.0 - 1)
show('big small int', 1.0 * (2 ** 60 + 1) + 0.0)
show('bool', True + x * 2 - False * y)
show('complex', x * 2j + 1.0 - y)
show('nan inf', (float('inf') - float('inf')) * 0.0 + 1.0)
show('-0.0', 0.0 * -1 + -0.0)
show('-0.0 again', -(0.0 * 1.0) * 1.0)
show('tiny', 1e-160 * 1e-160 + 0.0)
show('tiny pow', 1e-160 ** 2.0 * 1.0)
show('neg pow', (-8.0) ** 3 + (-2.0) ** 2.0 - 1.0)
show('pow special', 0.0 ** 0.0 + 1.0 ** float('nan') + float('inf') ** -1.0)
show('str', 'a' + 'b' * 2 + 'c')
show('str mod', '%s' % x + '%.3f' % y * 2)
show('list', [1] + [2] * 2 + [x])
show('tuple', (x,) * 2 + (y,))


class F(float):
    def __add__(self, o):
        return 'F.__add__(%r)' % (o,)

    def __rmul__(self, o):
        return F(o * 10.0)


show('subclass add', F(1.0) + 2.0 * 3.0)
show('subclass rmul', 2.0 * F(3.0) * 1.0)
show('subclass radd', 1.0 * 2.0 + F(4.0))
seen = []


class R(object):
    def __radd__(self, o):
        seen.append(o)
        return o

    def __rmul__(self, o):
        seen.append(o)
        return 5


r = x + R() + 0.0
show('radd', r)
print 'same object passed to __radd__:', seen[0] is x
show('rmul', 2.0 * 3.0 * R() - 1.0)
print 'intermediate', repr(seen[1])


def err(label, f):
    try:
        v = f()
    except Exception as e:
        print label, type(e).__name__, e
    else:
        show(label, v)


err('div zero', lambda: x * 2.0 / (z - z) + 1.0)
err('int div zero', lambda: x + i / (i - i))
err('mod zero', lambda: x * 2.0 % 0.0 + 1.0)
err('pow overflow', lambda: (1e200 * 10.0) ** 2 + 1.0)
err('pow zero neg', lambda: (x - x) ** -1.0 * 2.0)
err('pow neg frac', lambda: (x - 2.0 * x) ** 0.5 + 1.0)
err('long too big', lambda: x * 10 ** 400 + 1.0)
err('str float', lambda: 'a' + x * 2.0 + 1.0)
err('none', lambda: x * 2.0 + None)
err('list float', lambda: [1] * 2.0 + [2])
n = 0
for k in range(10):
    n += k * 0.5 + k * k
    n -= 0.25
    n *= 1.01
    n /= 1.0 + 1e-3
show('loop', n)
v = 1.0
err('inplace div zero', lambda: v / 0)
w = 2.5
w += 1
w -= True
w *= 2 ** 61
show('inplace', w)
l = [1]
l += [2.5 * 2]
s = 'a'
s += 'b' * 2
show('inplace seq', (l, s))
