# cmp(), containers ordered by the 2.7 hashes of dates/datetimes/timedeltas/times,
# reduce state round trips and class names.
import datetime as D
a, b = D.date(2000, 1, 1), D.date(2000, 1, 2)
print cmp(a, b), cmp(b, a), cmp(a, a), cmp(D.timedelta(1), D.timedelta(2)), cmp(D.time(1), D.time(0))
print sorted([b, a], cmp=lambda x, y: cmp(y, x)), a in [b, a], [a].index(a), '{:>12}|{:%d}'.format(a, b)
try:
    cmp(a, 1)
except TypeError as e:
    print e
try:
    cmp(D.datetime(2000, 1, 1), a)
except TypeError as e:
    print e
print '%s %r' % (D.timedelta(-1), D.time(1)), str(D.datetime(1, 1, 1)), unicode(D.timedelta(1))
x = D.datetime(2000, 1, 1, 12)
print x.__reduce__()[1], D.datetime(*x.__reduce__()[1]) == x, D.time(*D.time(1, 2).__reduce__()[1])
print D.date.__name__, D.date.__module__, D.timedelta.__name__, D.tzinfo.__module__
print isinstance(x, D.date), isinstance(D.date(1, 1, 1), D.datetime), D.datetime.__base__.__name__
print D.date(2000, 1, 1) == D.date(2000, 1, 1), D.date(2000, 1, 1) is D.date(2000, 1, 1)
print D.timedelta(days=1).__class__.__name__, repr(D.timedelta.max - D.timedelta.max)
print dict.fromkeys([D.date(2000, 1, i) for i in range(1, 8)]).keys()
print set([D.datetime(2000, 1, 1, i) for i in range(5)])
print {D.timedelta(i): i for i in range(5)}
print sorted(set([D.time(i, i) for i in range(6)]), reverse=True)
