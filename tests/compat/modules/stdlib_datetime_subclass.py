# Subclasses of the datetime types (which results keep the subclass), copying,
# attribute errors and the module's public names.
import copy
import datetime as D
def t(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print label, r
class MyDate(D.date):
    def __repr__(self): return 'MyDate<%s>' % self.isoformat()
class Stamp(D.datetime):
    pass
class Span(D.timedelta):
    def hours(self): return self.days * 24 + self.seconds // 3600
class Clock(D.time):
    extra = 1
d = MyDate(2020, 5, 17)
print d, repr(d), type(d + D.timedelta(1)).__name__, type(d.replace(day=1)).__name__, type(MyDate.fromordinal(5)).__name__
print type(MyDate.today()).__name__, d == D.date(2020, 5, 17), hash(d) == hash(D.date(2020, 5, 17))
s = Stamp(2020, 1, 2, 3)
print repr(s), s, type(s + D.timedelta(1)).__name__, type(s.replace(hour=5)).__name__, type(Stamp.combine(d, D.time())).__name__
print type(Stamp.strptime('2020', '%Y')).__name__, type(Stamp.utcfromtimestamp(0)).__name__, type(Stamp.now()).__name__
print repr(s.date()), repr(s - D.datetime(2020, 1, 1)), type(s - s).__name__
sp = Span(hours=30)
print repr(sp), sp, sp.hours(), type(sp + sp).__name__, type(-sp).__name__, type(sp * 2).__name__
c = Clock(4, 5)
print repr(c), c, c.extra, type(c.replace(hour=1)).__name__
t('attr', lambda: D.date(2000, 1, 1).foo)
t('attr sub', lambda: d.foo)
print copy.copy(D.date(2000, 1, 2)), copy.deepcopy(D.datetime(2000, 1, 2, 3, 4)), copy.copy(D.timedelta(1, 2)), copy.deepcopy(D.time(1, 2))
print copy.copy(d), copy.copy(sp), type(copy.copy(sp)).__name__
print D.date(2000, 1, 1).__class__.__name__, D.datetime.__name__, D.timedelta.__module__, isinstance(s, D.date), issubclass(D.datetime, D.date)
print D.datetime.min < s < D.datetime.max, D.date(2000, 1, 1).__reduce__()[1]
print [x for x in dir(D) if not x.startswith('_')]
