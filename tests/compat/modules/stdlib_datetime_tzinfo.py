# tzinfo subclasses: utcoffset/dst/tzname, aware arithmetic and comparison,
# astimezone/fromutc with a DST rule, the checks on tzinfo results.
from datetime import datetime, date, time, timedelta, tzinfo

ZERO = timedelta(0)
HOUR = timedelta(hours=1)


def t(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print label, r


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return ZERO

    def __repr__(self):
        return 'Fixed(%s)' % self.name


class Eastern(tzinfo):
    """UTC-5, with DST (UTC-4) from the second Sunday of March 2:00 to the
    first Sunday of November 2:00 (the post-2007 US rule)."""

    def _bounds(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 1)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start, end = self._bounds(dt.year)
        if start <= dt.replace(tzinfo=None) < end:
            return HOUR
        return ZERO

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'Eastern()'


utc = Fixed(0, 'UTC')
ist = Fixed(330, 'IST')
nfl = Fixed(-210, 'NST')
est = Eastern()

d = datetime(2021, 6, 1, 12, 30, tzinfo=utc)
print d, repr(d), d.utcoffset(), d.dst(), d.tzname(), d.isoformat(), d.tzinfo
for tz in (utc, ist, nfl, est):
    x = d.astimezone(tz)
    print repr(x), x, x.utcoffset(), repr(x.utcoffset()), x.tzname(), x.dst(), x == d, x - d
    print x.strftime('%Y-%m-%d %H:%M %z %Z'), x.timetuple().tm_isdst, tuple(x.utctimetuple())
print repr(datetime(2021, 1, 1, tzinfo=est)), datetime(2021, 1, 1, tzinfo=est).timetuple().tm_isdst
print repr(d.timetz()), d.timetz(), repr(d.time()), d.timetz().utcoffset(), d.timetz().tzname()

# DST edges through astimezone (fromutc)
for h in range(4, 9):
    u = datetime(2021, 3, 14, h, 30, tzinfo=utc)
    e = u.astimezone(est)
    print u.time(), e, e.tzname()
for h in range(4, 8):
    u = datetime(2021, 11, 7, h, 30, tzinfo=utc)
    e = u.astimezone(est)
    print u.time(), e, e.tzname()

# aware arithmetic and comparisons
a = datetime(2021, 6, 1, 12, 0, tzinfo=utc)
b = datetime(2021, 6, 1, 17, 30, tzinfo=ist)
c = datetime(2021, 6, 1, 12, 0, tzinfo=ist)
print a == b, a != b, a < c, a > c, a - b, a - c, c - a, hash(a) == hash(b), hash(a) == hash(c)
print len(set([a, b, c])), sorted([c, a]) == [c, a], a + HOUR, (a + HOUR).tzinfo
print datetime(2021, 6, 1, 0, 30, tzinfo=nfl) - datetime(2021, 5, 31, 23, 59, tzinfo=utc)
naive = datetime(2021, 6, 1, 12)
t('naive==aware', lambda: naive == a)
t('naive<aware', lambda: naive < a)
t('aware-naive', lambda: a - naive)
t('naive-aware', lambda: naive - a)
t('aware==date', lambda: a == date(2021, 6, 1))
t('astimezone naive', lambda: naive.astimezone(utc))
t('astimezone int', lambda: a.astimezone(5))
t('astimezone None', lambda: a.astimezone(None))
t('astimezone same', lambda: a.astimezone(utc) is a)
t('astimezone overflow', lambda: datetime(9999, 12, 31, 23, tzinfo=nfl).astimezone(ist))
t('astimezone underflow', lambda: datetime(1, 1, 1, tzinfo=ist).astimezone(nfl))
print datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1e9, est), datetime.fromtimestamp(1e9, tz=ist)
print datetime.now(utc).tzinfo is utc, datetime.combine(date(2000, 1, 1), time(1, tzinfo=ist))

# aware times
ta, tb = time(12, 0, tzinfo=utc), time(17, 30, tzinfo=ist)
print repr(ta), ta, tb.isoformat(), time(1, 2, 3, 4, nfl), ta == tb, ta < time(12, 1, tzinfo=ist)
print hash(ta) == hash(tb), bool(time(0, tzinfo=utc)), bool(time(5, 30, tzinfo=ist)), bool(time(0, tzinfo=ist))
print tb.strftime('%H:%M %z %Z'), tb.utcoffset(), tb.dst(), tb.tzname(), tb.replace(tzinfo=None)
t('naive time==aware', lambda: time(12) == ta)
t('naive time<aware', lambda: time(12) < ta)
t('time tz int', lambda: time(1, tzinfo=1))


# bad tzinfo results
class Bad(tzinfo):
    def __init__(self, off, name=None):
        self.o = off
        self.n = name

    def utcoffset(self, dt):
        return self.o

    def dst(self, dt):
        return self.o

    def tzname(self, dt):
        return self.n


for off in [timedelta(seconds=30), timedelta(hours=24), timedelta(hours=-24), timedelta(minutes=-1439),
            timedelta(microseconds=1), 60, None, 'x']:
    x = datetime(2000, 1, 1, tzinfo=Bad(off))
    t('utcoffset %r' % (off,), lambda: x.utcoffset())
    t('dst %r' % (off,), lambda: x.dst())
    t('isoformat %r' % (off,), lambda: x.isoformat())
t('tzname int', lambda: datetime(2000, 1, 1, tzinfo=Bad(None, 5)).tzname())
t('tzname pct', lambda: datetime(2000, 1, 1, tzinfo=Bad(ZERO, 'A%dB')).strftime('%Z|%z'))
t('time tzname', lambda: time(tzinfo=Bad(None, 'N')).tzname())

# the tzinfo base class
base = tzinfo()
t('base utcoffset', lambda: base.utcoffset(None))
t('base dst', lambda: base.dst(None))
t('base tzname', lambda: base.tzname(None))
t('base aware', lambda: datetime(2000, 1, 1, tzinfo=base).utcoffset())
t('fromutc int', lambda: utc.fromutc(5))
t('fromutc other tz', lambda: utc.fromutc(datetime(2000, 1, 1, tzinfo=ist)))
t('fromutc naive', lambda: utc.fromutc(datetime(2000, 1, 1)))
t('fromutc ok', lambda: ist.fromutc(datetime(2000, 1, 1, tzinfo=ist)))
t('fromutc None dst', lambda: Bad(HOUR).fromutc(datetime(2000, 1, 1)))
print isinstance(utc, tzinfo), utc.__reduce__()[1:], tzinfo().__reduce__()[1:]
t('isoformat None', lambda: a.isoformat(None))
t('strftime None', lambda: a.strftime(None))
t('strptime None', lambda: datetime.strptime(None, '%Y'))
t('combine None', lambda: datetime.combine(None, None))
