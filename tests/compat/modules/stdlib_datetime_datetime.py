# datetime.datetime and datetime.time (naive): construction errors, reprs,
# isoformat/str/ctime/strftime, arithmetic at the range edges, comparisons
# with dates, timestamps (UTC only) and now()/today() plausibility.
import time as _time
from datetime import datetime, date, time, timedelta


def t(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print label, r


dt = datetime(2021, 12, 31, 23, 59, 30, 500)
print dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo
for args in [(2000, 1, 1), (2000, 1, 1, 5), (2000, 1, 1, 0, 5), (2000, 1, 1, 0, 0, 5),
             (2000, 1, 1, 0, 0, 0, 5), (2000, 1, 1, 0, 0, 5, 0), (1, 1, 1, 0, 0, 0, 0)]:
    x = datetime(*args)
    print repr(x), x, x.isoformat(), x.isoformat(' '), x.isoformat(sep='_')
print datetime(year=2000, month=2, day=29, hour=23, minute=59, second=59, microsecond=999999)
print datetime.min, datetime.max, datetime.resolution, repr(datetime.min), repr(datetime.max)
t('hour 24', lambda: datetime(2000, 1, 1, 24))
t('minute 60', lambda: datetime(2000, 1, 1, 1, 60))
t('second 60', lambda: datetime(2000, 1, 1, 1, 1, 60))
t('us 1e6', lambda: datetime(2000, 1, 1, 1, 1, 1, 1000000))
t('hour -1', lambda: datetime(2000, 1, 1, -1))
t('feb 30', lambda: datetime(2000, 2, 30))
t('year 0', lambda: datetime(0, 1, 1))
t('tzinfo int', lambda: datetime(2000, 1, 1, tzinfo=5))
t('tzinfo pos', lambda: datetime(2000, 1, 1, 0, 0, 0, 0, 'x'))
t('too many', lambda: datetime(1, 2, 3, 4, 5, 6, 7, None, 9))
t('too few', lambda: datetime(1, 2))
t('float hour', lambda: datetime(2000, 1, 1, 1.5))
t('str minute', lambda: datetime(2000, 1, 1, 1, '2'))
t('bad kw', lambda: datetime(2000, 1, 1, hours=1))
t('isoformat str', lambda: dt.isoformat('ab'))
t('isoformat int', lambda: dt.isoformat(1))
t('isoformat empty', lambda: dt.isoformat(''))

# views and combining
print dt.date(), repr(dt.date()), dt.time(), repr(dt.time()), repr(dt.timetz())
print datetime.combine(date(2020, 2, 29), time(12, 30)), repr(datetime.combine(dt.date(), dt.time()))
print datetime.combine(time=time(1), date=date(1, 1, 1))
t('combine bad date', lambda: datetime.combine(1, time()))
t('combine bad time', lambda: datetime.combine(date(1, 1, 1), 2))
t('combine datetime', lambda: datetime.combine(dt, time(3)))
print dt.replace(year=2020, microsecond=0), dt.replace(hour=0, minute=0, second=0), dt.replace()
t('replace bad', lambda: dt.replace(second=61))
t('replace feb29', lambda: datetime(2020, 2, 29).replace(year=2019))
print dt.timetuple()
print dt.utctimetuple()
print dt.toordinal(), dt.weekday(), dt.isoweekday(), dt.isocalendar(), datetime.fromordinal(737790)
print dt.ctime(), datetime(2002, 3, 4, 5, 6, 7).ctime(), datetime(1, 1, 1).ctime()

# strftime and __format__
print dt.strftime('%Y-%m-%d %H:%M:%S.%f %I%p %a %A %b %B %j %U %W %w %y %%'), dt.strftime('%f|%z|%Z|')
print datetime(2000, 1, 1, 0, 0, 0, 7).strftime('%f %H'), datetime(1900, 1, 1).strftime('%c')
t('strftime 1899', lambda: datetime(1899, 12, 31, 23).strftime('%Y'))
t('strftime raw %', lambda: dt.strftime('%Y%'))
print format(dt), format(dt, '%H:%M'), '{0:%d/%m/%Y %H:%M:%S}'.format(dt), '{0}'.format(dt)

# arithmetic
print dt + timedelta(seconds=45), dt + timedelta(microseconds=999500), dt - timedelta(days=366)
print timedelta(hours=1) + dt, dt + timedelta(-1), dt - timedelta(microseconds=501)
print dt - datetime(2021, 1, 1), datetime(2021, 1, 1) - dt, repr(dt - dt)
print datetime.max - datetime.min, repr(datetime.min - datetime.max)
print datetime(2020, 2, 28, 23) + timedelta(hours=1), datetime(2019, 2, 28, 23) + timedelta(hours=1)
t('max+us', lambda: datetime.max + timedelta(microseconds=1))
t('min-us', lambda: datetime.min - timedelta(microseconds=1))
t('min-day', lambda: datetime.min - timedelta(1))
t('dt-date', lambda: dt - date(2021, 1, 1))
t('date-dt', lambda: date(2021, 1, 1) - dt)
t('dt+dt', lambda: dt + dt)
t('dt+int', lambda: dt + 1)
t('dt-float', lambda: dt - 1.0)

# comparisons
a, b = datetime(2020, 1, 1), datetime(2020, 1, 1, 0, 0, 0, 1)
print a < b, a <= b, a > b, a == b, a != b, a == datetime(2020, 1, 1), max(a, b)
print a == date(2020, 1, 1), a != date(2020, 1, 1), date(2020, 1, 1) == a, a == 5, a != 'x'
t('dt<date', lambda: a < date(2020, 1, 2))
t('date<dt', lambda: date(2020, 1, 2) < a)
t('date>=dt', lambda: date(2020, 1, 2) >= a)
t('dt<int', lambda: a < 3)
print hash(a), hash(b), hash(a) == hash(datetime(2020, 1, 1)), hash(datetime.max)
print len(set([a, b, datetime(2020, 1, 1)])), sorted([b, a, datetime.min])

# time objects
tm = time(7, 5)
print tm, repr(tm), repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time(0, 0, 0, 4))
print time(23, 59, 59, 999999), time.min, time.max, time.resolution, tm.hour, tm.minute, tm.second, tm.microsecond
print tm.isoformat(), time(1, 2, 3, 40).isoformat(), tm.strftime('%H|%M|%S|%f|%p|%Y|%j|%z|%Z'), format(tm, '%I %p')
print tm.replace(hour=8), tm.replace(second=5, microsecond=6), tm.utcoffset(), tm.dst(), tm.tzname()
print bool(time()), bool(time(0, 0, 0, 1)), bool(time(0, 1)), bool(time.max)
print tm < time(8), tm == time(7, 5), tm != time(7, 5, 1), tm == 5, sorted([time(3), time(1), time(2)])
print hash(time()), hash(tm), hash(tm) == hash(time(7, 5, 0, 0))
t('time 24', lambda: time(24))
t('time kw', lambda: time(minute=60))
t('time float', lambda: time(1.0))
t('time too many', lambda: time(1, 2, 3, 4, None, 6))
t('time bad kw', lambda: time(hours=1))
t('time<int', lambda: tm < 1)
t('time<date', lambda: tm < date(2000, 1, 1))
t('time+td', lambda: tm + timedelta(1))
t('time-time', lambda: tm - tm)
t('time strftime int', lambda: tm.strftime(1))

# timestamps (UTC views only; local time is the machine's)
for ts in [0, 1, -1, 86399.5, 1e9, 1234567890.123456, -1.5, 1.9999999, 0.0000005, 951782400, 2 ** 31, -2 ** 31]:
    print ts, repr(datetime.utcfromtimestamp(ts))
t('utcfromtimestamp str', lambda: datetime.utcfromtimestamp('0'))
t('utcfromtimestamp huge', lambda: datetime.utcfromtimestamp(1e20))
t('utcfromtimestamp year', lambda: datetime.utcfromtimestamp(1e12 * 300))
t('fromtimestamp tz', lambda: datetime.fromtimestamp(0, 5))
t('date fromtimestamp str', lambda: date.fromtimestamp('0'))
lt = _time.localtime(1e9)
print tuple(datetime.fromtimestamp(1e9).timetuple())[:6] == tuple(lt)[:6]
print date.fromtimestamp(1e9) == date(*lt[:3]), datetime.fromtimestamp(1e9 + 0.25).microsecond

# now/today: types and plausibility only
n, u, td_ = datetime.now(), datetime.utcnow(), date.today()
print type(n) is datetime, type(u) is datetime, type(td_) is date, type(datetime.today()) is datetime
print abs(n - u) < timedelta(hours=15), abs(n.date() - td_) <= timedelta(1), n.year >= 2020
print datetime.now(tz=None).tzinfo is None, abs(datetime.utcfromtimestamp(_time.time()) - u) < timedelta(minutes=5)
t('today arg', lambda: date.today(1))
