# datetime.timedelta: normalisation, float rounding, range and type errors,
# repr/str of negative values, arithmetic, comparisons, hashing.
from datetime import timedelta, date


def t(label, f):
    try:
        r = f()
        r = '%r %s' % (r, r)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print label, r


print repr(timedelta()), timedelta(), timedelta(1), timedelta(-1), timedelta(2), timedelta(-2)
print timedelta(0, 1), timedelta(0, 0, 1), timedelta(0, -1), timedelta(0, 0, -1)
print timedelta(days=1, hours=25, minutes=-1, seconds=3.5)
print timedelta(weeks=1, days=-1, hours=-1, minutes=-1, seconds=-1, milliseconds=-1, microseconds=-1)
print repr(timedelta(hours=-1)), repr(timedelta(microseconds=-1)), repr(timedelta(seconds=86400))
print repr(timedelta(milliseconds=1)), repr(timedelta(minutes=0.5)), repr(timedelta(weeks=0.1))
print timedelta.min, timedelta.max, timedelta.resolution
print repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution)
td = timedelta(3, 4, 5)
print td.days, td.seconds, td.microseconds, td.total_seconds()
print timedelta(-1, 86399, 999999).total_seconds(), timedelta.max.total_seconds(), timedelta.min.total_seconds()
print timedelta(microseconds=-1).total_seconds(), timedelta(0, 1, 500000).total_seconds()

# float arguments and microsecond rounding
for kw in [dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5),
           dict(microseconds=-0.5), dict(microseconds=-1.5), dict(microseconds=0.4999999),
           dict(seconds=0.5e-6), dict(seconds=2.5e-6), dict(seconds=1.0000025),
           dict(milliseconds=0.0025), dict(days=1, microseconds=0.5),
           dict(seconds=2.5e-6, microseconds=1), dict(seconds=-0.5e-6, microseconds=3),
           dict(days=0.1), dict(days=-0.1), dict(hours=1.1), dict(minutes=-1.7),
           dict(weeks=1e-7), dict(days=1e-11), dict(seconds=1e-7), dict(days=1.5, seconds=-0.25),
           dict(days=999999999.5), dict(seconds=-86400 * 999999999 - 0.25),
           dict(microseconds=1e15), dict(seconds=1e15 / 3)]:
    t(sorted(kw.items()), lambda: timedelta(**kw))

# errors
t('days 1e9', lambda: timedelta(1000000000))
t('days -1e9', lambda: timedelta(-1000000000))
t('seconds overflow', lambda: timedelta(seconds=86400 * 1000000000))
t('huge days', lambda: timedelta(10 ** 16))
t('inf', lambda: timedelta(float('inf')))
t('nan', lambda: timedelta(seconds=float('nan')))
t('str days', lambda: timedelta('1'))
t('str seconds', lambda: timedelta(seconds='1'))
t('None hours', lambda: timedelta(hours=None))
t('two bad', lambda: timedelta('a', microseconds=[]))
t('complex', lambda: timedelta(1j))
t('too many', lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
t('bad kw', lambda: timedelta(years=1))
t('dup', lambda: timedelta(1, days=1))
t('long ok', lambda: timedelta(10L, 10L ** 10))
t('bool', lambda: timedelta(True, False, True))
t('max+res', lambda: timedelta.max + timedelta.resolution)
t('min-res', lambda: timedelta.min - timedelta.resolution)
t('-min', lambda: -timedelta.min)
t('abs min', lambda: abs(timedelta.min))
t('min*2', lambda: timedelta.min * 2)

# arithmetic
a, b = timedelta(1, 2, 3), timedelta(0, 86399, 999999)
for label, f in [('a+b', lambda: a + b), ('a-b', lambda: a - b), ('b-a', lambda: b - a),
                 ('-a', lambda: -a), ('+a', lambda: +a), ('abs(-a)', lambda: abs(-a)),
                 ('a*3', lambda: a * 3), ('3*a', lambda: 3 * a), ('a*-1', lambda: a * -1),
                 ('a*0', lambda: a * 0), ('a*2L', lambda: a * 2L), ('a/2', lambda: a / 2),
                 ('a//2', lambda: a // 2), ('-a//2', lambda: -a // 2), ('-a/7', lambda: -a / 7),
                 ('a/0', lambda: a / 0), ('a//0', lambda: a // 0), ('a*1.5', lambda: a * 1.5),
                 ('1.5*a', lambda: 1.5 * a), ('a/1.5', lambda: a / 1.5), ('a/a', lambda: a / a),
                 ('a//a', lambda: a // a), ('a%2', lambda: a % 2), ('a+1', lambda: a + 1),
                 ('1+a', lambda: 1 + a), ('a-1', lambda: a - 1), ('1-a', lambda: 1 - a),
                 ('a+date', lambda: a + date(2000, 1, 1)), ('a-date', lambda: a - date(2000, 1, 1)),
                 ('a*a', lambda: a * a), ('a**2', lambda: a ** 2), ('a+None', lambda: a + None)]:
    t(label, f)

# comparisons, hash, truth
print a < b, a > b, a == timedelta(1, 2, 3), a != b, a >= a, a <= b, -a < a
print sorted([a, b, -a, timedelta(0), timedelta.min, timedelta.max])
print a == 1, a != 1, a == None, timedelta(0) == 0
t('a<1', lambda: a < 1)
t('1<a', lambda: 1 < a)
t('a>=date', lambda: a >= date(2000, 1, 1))
print hash(a), hash(timedelta(0)), hash(timedelta.min), hash(timedelta(hours=24)) == hash(timedelta(1))
print len(set([timedelta(1), timedelta(hours=24), timedelta(seconds=86400)])), {timedelta(0): 'zero'}
print bool(timedelta(0)), bool(timedelta(0, 0, 1)), bool(timedelta(-1, 86399, 999999)), not timedelta()
print a.__reduce__()[1], timedelta(*a.__reduce__()[1]) == a
print sum([timedelta(hours=h) for h in range(10)], timedelta()), max(a, b), min(a, b)
