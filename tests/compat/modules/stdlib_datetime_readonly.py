# The fields of the datetime types are read-only; the C types have no __dict__,
# so other names cannot be set either (a subclass instance can).
import datetime as D
class S(D.date): pass
for o in (D.date(2000, 1, 1), D.datetime(2000, 1, 1), D.timedelta(1), D.time(1), D.tzinfo(), S(2000, 1, 1)):
    for name in ('year', 'days', 'hour', 'tzinfo', 'foo'):
        try:
            setattr(o, name, 5); print 'ok', getattr(o, name)
        except Exception as e:
            print type(e).__name__, e
    try:
        del o.year
    except Exception as e:
        print type(e).__name__, e
