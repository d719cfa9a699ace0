# datetime.date: construction and its 2.7 errors, ordinals, leap years, ISO
# calendar at year edges, arithmetic and overflow, comparisons, formatting.
import datetime
from datetime import date, timedelta


def t(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print label, r


d = date(2020, 2, 28)
print d, repr(d), d.year, d.month, d.day
print date(year=1999, day=3, month=12), date(2000, month=2, day=29)
print date.min, date.max, date.resolution, repr(date.min), repr(date.max)
print datetime.MINYEAR, datetime.MAXYEAR

# constructor errors, in 2.7's words
t('leap 1900', lambda: date(1900, 2, 29))
t('leap 2000', lambda: date(2000, 2, 29))
t('leap 2100', lambda: date(2100, 2, 29))
t('apr31', lambda: date(2021, 4, 31))
t('day0', lambda: date(2021, 4, 0))
t('year0', lambda: date(0, 1, 1))
t('year10000', lambda: date(10000, 1, 1))
t('month13', lambda: date(2000, 13, 1))
t('month0', lambda: date(2000, 0, 1))
t('float', lambda: date(2000.0, 1, 1))
t('str', lambda: date('2000', 1, 1))
t('None', lambda: date(2000, None, 1))
t('big', lambda: date(2 ** 40, 1, 1))
t('neg big', lambda: date(-2 ** 40, 1, 1))
t('huge', lambda: date(2 ** 70, 1, 1))
t('long ok', lambda: date(2000L, 1L, 1L))
t('bool', lambda: date(2000, True, True))
t('too many', lambda: date(1, 2, 3, 4))
t('too few', lambda: date(1, 2))
t('none', lambda: date())
t('bad kw', lambda: date(1, 2, 3, foo=4))
t('dup kw', lambda: date(1, 2, 3, day=3))
t('kw only missing', lambda: date(year=1, month=2))
t('unknown kw', lambda: date(1, 2, dday=3))

# ordinals and weekdays
for y, m, dd in [(1, 1, 1), (1, 12, 31), (4, 2, 29), (100, 3, 1), (400, 12, 31), (1600, 2, 29),
                 (1900, 3, 1), (1970, 1, 1), (2000, 2, 29), (2000, 3, 1), (2020, 12, 31),
                 (9999, 12, 31)]:
    x = date(y, m, dd)
    o = x.toordinal()
    print x, o, date.fromordinal(o) == x, x.weekday(), x.isoweekday(), x.isocalendar()
t('fromordinal 0', lambda: date.fromordinal(0))
t('fromordinal -5', lambda: date.fromordinal(-5))
t('fromordinal max', lambda: date.fromordinal(3652059))
t('fromordinal max+1', lambda: date.fromordinal(3652060))
t('fromordinal float', lambda: date.fromordinal(5.0))

# ISO weeks around new year
for y in (2003, 2004, 2008, 2009, 2010, 2015, 2016, 2020, 2021, 2026):
    for md in ((12, 28), (12, 29), (12, 31)):
        x = date(y - 1, md[0], md[1])
        print x, x.isocalendar(),
    for dd in (1, 2, 3, 4):
        x = date(y, 1, dd)
        print x, x.isocalendar(),
    print
print date(1, 1, 1).isocalendar(), date(9999, 12, 31).isocalendar()

# arithmetic
one = timedelta(days=1)
print d + one, d + 2 * one, one + d, d - one, d - (-one), d + timedelta(hours=47), d - timedelta(seconds=1)
print date(2020, 3, 1) - date(2020, 2, 1), date(2021, 3, 1) - date(2020, 3, 1), date(2000, 1, 1) - date(2020, 1, 1)
print repr(date(9999, 12, 31) - date(1, 1, 1)), date.max - date.min == timedelta(3652058)
t('max+1', lambda: date.max + one)
t('min-1', lambda: date.min - one)
t('min-0.5', lambda: date.min - timedelta(hours=12))
t('max+big', lambda: date.max + timedelta.max)
t('date+int', lambda: d + 1)
t('int+date', lambda: 1 + d)
t('date-int', lambda: d - 1)
t('date+date', lambda: d + d)
t('td-date', lambda: one - d)
t('date-datetime', lambda: d - datetime.datetime(2020, 1, 1))
t('date*2', lambda: d * 2)

# comparisons, hashing, truth
a, b = date(2020, 1, 1), date(2020, 1, 2)
print a < b, a <= b, a > b, a >= b, a == b, a != b, a == date(2020, 1, 1), a != date(2020, 1, 1)
print a == 5, a != 5, a == None, a == 'x', sorted([b, date.max, a, date.min])
print max(date(1999, 1, 1), date(2000, 1, 1)), min(date(1999, 1, 1), date(2000, 1, 1))
t('lt int', lambda: a < 5)
t('ge str', lambda: a >= 'x')
t('int gt', lambda: 5 > a)
t('lt datetime', lambda: a < datetime.datetime(2020, 1, 1))
t('eq datetime', lambda: a == datetime.datetime(2020, 1, 1))
t('ne datetime', lambda: a != datetime.datetime(2020, 1, 1))
t('lt timedelta', lambda: a < one)
print hash(a), hash(b), hash(date.min), hash(date.max), hash(a) == hash(date(2020, 1, 1))
print len(set([a, b, date(2020, 1, 1)])), {a: 1, date(2020, 1, 1): 2}
print bool(date.min), sorted(set([date(2020, m, 1) for m in range(1, 13)]))[:3]

# replace, timetuple, ctime
print d.replace(year=2021), d.replace(month=1, day=31), d.replace(), d.replace(2000, 2, 29)
t('replace bad day', lambda: date(2020, 2, 29).replace(year=2021))
t('replace month13', lambda: d.replace(month=13))
t('replace too many', lambda: d.replace(1, 2, 3, 4))
t('replace bad kw', lambda: d.replace(x=1))
print d.timetuple()
print tuple(date(2021, 12, 31).timetuple()), date(2021, 12, 31).timetuple().tm_yday
print d.ctime(), date(2002, 12, 4).ctime(), date(1, 1, 1).ctime(), date(9999, 12, 31).ctime()

# formatting
print d.isoformat(), str(date(1, 1, 1)), date(12, 3, 4)
print d.strftime('%Y/%m/%d %A %a %B %b %j %U %W %w %y'), d.strftime(''), d.strftime('%%Y')
print d.strftime('%H:%M:%S %f|%z|%Z|'), date(1900, 1, 1).strftime('%Y-%m-%d')
t('strftime 1899', lambda: date(1899, 12, 31).strftime('%Y'))
t('strftime year1', lambda: date(1, 1, 1).strftime('%d'))
t('strftime raw %', lambda: d.strftime('abc%'))
t('strftime int', lambda: d.strftime(5))
print format(d), format(d, ''), format(d, '%d.%m.%Y'), '{0:%Y}|{0}|{1:%j}'.format(d, b)
t('format int', lambda: d.__format__(5))
print d.__reduce__()[0] is date, d.__reduce__()[1], date(*d.timetuple()[:3]) == d
print date('\x07\xe4\x02\x1d'), repr(date('\x00\x01\x01\x01'))
