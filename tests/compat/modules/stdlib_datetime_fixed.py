# datetime with fixed dates: arithmetic, formatting, parsing, weekday, timedelta reprs.
import datetime
d = datetime.date(2020, 2, 28)
print d, repr(d), d + datetime.timedelta(days=1), d + datetime.timedelta(days=2), d.weekday(), d.isoweekday()
print d.strftime("%Y/%m/%d %A %B %j"), d.isoformat(), d.replace(year=2021), d.toordinal(), d.isocalendar()
dt = datetime.datetime(2021, 12, 31, 23, 59, 30, 500)
print dt, repr(dt), dt + datetime.timedelta(seconds=45), dt.date(), dt.time(), dt.isoformat()
td = datetime.timedelta(days=1, hours=25, minutes=-1, seconds=3.5)
print td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td)
print datetime.datetime.strptime("2019-07-04 12:30", "%Y-%m-%d %H:%M"), datetime.date(2020, 3, 1) - datetime.date(2020, 2, 1)
print datetime.date(2020, 1, 1) < datetime.date(2020, 1, 2), max(datetime.date(1999, 1, 1), datetime.date(2000, 1, 1))
print datetime.date.fromordinal(737000), datetime.timedelta(microseconds=1), datetime.timedelta(0), datetime.time(7, 5)
try:
    datetime.date(2021, 2, 29)
except ValueError as e:
    print e
