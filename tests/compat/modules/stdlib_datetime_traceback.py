# datetime is C code in 2.7: tracebacks through it show only the Python
# frames (the caller, and a tzinfo method it calls back).
import sys
import traceback
import datetime


class TZ(datetime.tzinfo):
    def utcoffset(self, dt):
        raise KeyError('boom')


def f():
    return datetime.datetime(2000, 1, 1, tzinfo=TZ()).isoformat()


try:
    f()
except KeyError:
    traceback.print_exc(file=sys.stdout)
try:
    datetime.date.fromordinal(0)
except ValueError:
    traceback.print_exc(file=sys.stdout)
    print len(traceback.extract_tb(sys.exc_info()[2]))
try:
    datetime.date(2000, 1, 1).astimezone
except AttributeError:
    print sys.exc_info()[0].__name__, sys.exc_info()[1]
print datetime.timedelta(1) + 2
