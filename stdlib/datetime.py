# SPDX-License-Identifier: Apache-2.0
"""datetime for pytrans: 2.7.18's C module rewritten in Python.

Dates are proleptic Gregorian; day 1 is 0001-01-01 (an "ordinal"). A
timedelta keeps (days, seconds, microseconds) normalised so that
0 <= seconds < 86400 and 0 <= microseconds < 10**6; |days| <= 999999999.
Offsets from tzinfo objects are whole minutes in 2.7 and are checked as
the C module checks them (messages included).

What is matched on purpose:
- argument parsing follows PyArg_ParseTupleAndKeywords, so a bad call
  raises 2.7's "function takes at most 3 arguments (4 given)",
  "Required argument 'day' (pos 3) not found", "an integer is required";
- operators raise "unsupported operand type(s)" themselves, naming types as
  the C module does ('datetime.date'), when the other operand is a builtin
  value; a user object still gets its reflected method tried;
- hashes: a date hashes its pickle state tuple, naive times and datetimes
  their packed state bytes, timedeltas the (d, s, us) tuple;
- strftime rewrites %f, %z and %Z, refuses years before 1900, then calls
  time.strftime; strptime implements _strptime's regex rules (C locale).
"""

# pytrans: hide-frames
from __future__ import division

import time as _time
import math as _math
import re as _re

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_MAX_DELTA_DAYS = 999999999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---- calendar arithmetic ----

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _days_before_month(y, m):
    return _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and _is_leap(y) else 0)


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


def _ord2ymd(n):
    # Estimate the year from the mean Gregorian year, then correct it.
    y = (n * 400) // 146097 + 1
    while _days_before_year(y) >= n:
        y -= 1
    while _days_before_year(y + 1) < n:
        y += 1
    doy = n - _days_before_year(y)
    m = 12
    while _days_before_month(y, m) >= doy:
        m -= 1
    return y, m, doy - _days_before_month(y, m)


def _iso_week1_monday(y):
    first = _ymd2ord(y, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:  # Jan 1 after Thursday: week 1 starts the next Monday
        monday += 7
    return monday


# ---- 2.7's argument conventions ----

_OUR_TYPES = ()  # filled in at the bottom


def _tpname(x):
    t = type(x)
    if t in _OUR_TYPES:
        return "datetime." + t.__name__
    return t.__name__


_REFLECTED = {'+': '__radd__', '-': '__rsub__', '*': '__rmul__', '/': '__rdiv__',
              '//': '__rfloordiv__', '%': '__rmod__', 'divmod()': '__rdivmod__',
              '** or pow()': '__rpow__', '<<': '__rlshift__', '>>': '__rrshift__',
              '&': '__rand__', '|': '__ror__', '^': '__rxor__'}


def _cannot_reflect(x, sym):
    """True when x's reflected method could not answer `self sym x`, so the
    forward operator raises now, naming our type as 2.7 does; otherwise it
    returns NotImplemented and x gets its turn."""
    t = type(x)
    if t in _OUR_TYPES or (t.__module__ == '__builtin__' and not hasattr(x, '__dict__')):
        return True
    return not hasattr(x, _REFLECTED[sym])


def _argtype(x):
    """How PyArg_ParseTuple names a wrong argument's type."""
    return "None" if x is None else _tpname(x)


def _binop_fail(op, a, b):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (op, _tpname(a), _tpname(b)))


def _cmperror(a, b):
    raise TypeError("can't compare %s to %s" % (_tpname(a), _tpname(b)))


# timedelta, date and time share their six rich comparisons: each asks
# self._cmp(other, op), op numbered as 2.7's Py_LT (0) .. Py_GE (5).
def __eq__(self, other):
    return self._cmp(other, 2)


def __ne__(self, other):
    return self._cmp(other, 3)


def __lt__(self, other):
    return self._cmp(other, 0)


def __le__(self, other):
    return self._cmp(other, 1)


def __gt__(self, other):
    return self._cmp(other, 4)


def __ge__(self, other):
    return self._cmp(other, 5)


_RICH_COMPARISONS = (__eq__, __ne__, __lt__, __le__, __gt__, __ge__)
del __eq__, __ne__, __lt__, __le__, __gt__, __ge__


def _int_arg(v):
    """The 'i' converter of PyArg_ParseTuple."""
    if isinstance(v, float):
        raise TypeError("integer argument expected, got float")
    if not isinstance(v, (int, long)):
        raise TypeError("an integer is required")
    if v > 9223372036854775807 or v < -9223372036854775808:
        raise OverflowError("Python int too large to convert to C long")
    if v > 2147483647:
        raise OverflowError("signed integer is greater than maximum")
    if v < -2147483648:
        raise OverflowError("signed integer is less than minimum")
    return int(v)


def _parse_args(fname, args, kw, names, nreq, defaults, conv_int=None):
    """PyArg_ParseTupleAndKeywords for formats of 'i' (and a trailing 'O')."""
    nargs = len(args)
    nkw = len(kw) if kw else 0
    nmax = len(names)
    label = fname + "()" if fname else "function"
    if nargs + nkw > nmax:
        raise TypeError("%s takes at most %d argument%s (%d given)"
                        % (label, nmax, "" if nmax == 1 else "s", nargs + nkw))
    out = []
    used = 0
    for i in range(nmax):
        name = names[i]
        if i < nargs:
            if kw and name in kw:
                raise TypeError("Argument given by name ('%s') and position (%d)"
                                % (name, i + 1))
            v = args[i]
        elif kw and name in kw:
            v = kw[name]
            used += 1
        else:
            if i < nreq:
                raise TypeError("Required argument '%s' (pos %d) not found"
                                % (name, i + 1))
            out.append(defaults[i])
            continue
        if conv_int is None or i < conv_int:
            v = _int_arg(v)
        out.append(v)
    if used < nkw:
        for k in kw:
            if k not in names:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    return out


def _check_date(y, m, d):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year is out of range")
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError("day is out of range for month")


def _check_time(h, m, s, us):
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= m <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % _tpname(tz))


def _bytes_hash(data):
    # The C module hashes its packed state like a str (randomisation off).
    return hash(data)


def _round_half_away(x):
    f = _math.floor(x)
    diff = x - f
    if diff > 0.5 or (diff == 0.5 and x > 0):
        f += 1.0
    return f


# ---- tzinfo calls ----

def _call_offset(name, tz, arg):
    """Minutes east of UTC from tz.utcoffset/dst(arg), or None."""
    if tz is None:
        return None
    r = getattr(tz, name)(arg)
    if r is None:
        return None
    if not isinstance(r, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _tpname(r)))
    if r._days < -1 or r._days > 0:
        minutes = 1440
    else:
        secs = r._days * 86400 + r._seconds
        minutes, rest = divmod(secs, 60)
        if rest or r._microseconds:
            raise ValueError("tzinfo.%s() must return a whole number of minutes" % name)
    if minutes < -1439 or minutes > 1439:
        raise ValueError("tzinfo.%s() returned %d; must be in -1439 .. 1439" % (name, minutes))
    return minutes


def _call_tzname(tz, arg):
    if tz is None:
        return None
    r = tz.tzname(arg)
    if r is not None and not isinstance(r, basestring):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _tpname(r))
    return r


def _format_offset(minutes, sep):
    if minutes is None:
        return ""
    sign = "+"
    if minutes < 0:
        sign = "-"
        minutes = -minutes
    h, m = divmod(minutes, 60)
    return "%s%02d%s%02d" % (sign, h, sep, m)


def _minutes_delta(minutes):
    if minutes is None:
        return None
    return _make_delta(0, minutes * 60, 0)


# ---- strftime ----

def _check_format_arg(fmt):
    """PyArg's "s#": a str, or a unicode encoded with the default (ascii) codec."""
    if isinstance(fmt, unicode):
        return str(fmt)
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be string or read-only buffer, not %s"
                        % _argtype(fmt))
    return fmt


def _wrap_strftime(obj, fmt, timetuple, us, tz, tzarg):
    if timetuple[0] < 1900:
        raise ValueError("year=%d is before 1900; the datetime strftime() "
                         "methods require year >= 1900" % timetuple[0])
    out = []
    zrep = Zrep = None
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%':
            out.append(c)
            continue
        if i >= n:
            raise ValueError("strftime format ends with raw %")
        c = fmt[i]
        i += 1
        if c == 'z':
            if zrep is None:
                zrep = _format_offset(_call_offset("utcoffset", tz, tzarg), "")
            out.append(zrep)
        elif c == 'Z':
            if Zrep is None:
                name = _call_tzname(tz, tzarg)
                Zrep = "" if name is None else name.replace("%", "%%")
            out.append(Zrep)
        elif c == 'f':
            out.append("%06d" % us)
        else:
            out.append('%' + c)
    return _time.strftime("".join(out), timetuple)


def _format_method(self, fmt):
    if isinstance(fmt, str):
        if not fmt:
            return str(self)
    elif isinstance(fmt, unicode):
        if not fmt:
            return unicode(self)
    else:
        raise ValueError("__format__ expects str or unicode, not %s" % _tpname(fmt))
    return self.strftime(fmt)


# ---- timedelta ----

_set = object.__setattr__  # the types refuse attribute stores; constructors use this

def _make_delta(days, seconds, us, cls=None):
    """A timedelta from any integers, normalised and range-checked."""
    s, us = divmod(us, 1000000)
    seconds += s
    d, seconds = divmod(seconds, 86400)
    days += d
    if days > 2147483647 or days < -2147483648:
        raise OverflowError("Python int too large to convert to C int")
    if days > _MAX_DELTA_DAYS or days < -_MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
    self = object.__new__(cls or timedelta)
    _set(self, '_days', int(days))
    _set(self, '_seconds', int(seconds))
    _set(self, '_microseconds', int(us))
    return self


def _accum(tag, sofar, num, factor, leftover):
    if isinstance(num, (int, long)):
        return sofar + num * factor, leftover
    if isinstance(num, float):
        frac, whole = _math.modf(num)
        sofar += long(whole) * factor
        if frac == 0.0:
            return sofar, leftover
        frac, whole = _math.modf(float(factor) * frac)
        return sofar + long(whole), leftover + frac
    raise TypeError("unsupported type for timedelta %s component: %s" % (tag, _tpname(num)))


_MISSING = object()
_TD_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')
_TD_FACTORS = (('microseconds', 2, 1), ('milliseconds', 3, 1000),
               ('seconds', 1, 1000000), ('minutes', 4, 60000000),
               ('hours', 5, 3600000000), ('days', 0, 86400000000),
               ('weeks', 6, 604800000000))


class timedelta(object):
    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, *args, **kw):
        vals = _parse_args("__new__", args, kw, _TD_NAMES, 0, (_MISSING,) * 7, 0)
        total = 0
        leftover = 0.0
        for tag, idx, factor in _TD_FACTORS:
            v = vals[idx]
            if v is not _MISSING:
                total, leftover = _accum(tag, total, v, factor, leftover)
        if leftover:
            # 2.7.18 rounds the summed float leftovers half away from zero
            # (timedelta(microseconds=2.5) is 3us, -0.5 is -1us).
            total += long(_round_half_away(leftover))
        return _make_delta(0, 0, total, cls)

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 1000000  # true division of integers, as 2.7

    def __repr__(self):
        if self._microseconds:
            return "%s(%d, %d, %d)" % (_tpname(self), self._days, self._seconds, self._microseconds)
        if self._seconds:
            return "%s(%d, %d)" % (_tpname(self), self._days, self._seconds)
        return "%s(%d)" % (_tpname(self), self._days)

    def __str__(self):
        m, s = divmod(self._seconds, 60)
        h, m = divmod(m, 60)
        r = "%d:%02d:%02d" % (h, m, s)
        if self._days:
            r = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", r)
        if self._microseconds:
            r += ".%06d" % self._microseconds
        return r

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _make_delta(self._days + other._days, self._seconds + other._seconds,
                               self._microseconds + other._microseconds)
        if isinstance(other, date):
            return other.__add__(self)
        if _cannot_reflect(other, '+'):
            _binop_fail('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, (timedelta, date)):
            return self.__add__(other)
        _reflected_fail('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _make_delta(self._days - other._days, self._seconds - other._seconds,
                               self._microseconds - other._microseconds)
        if _cannot_reflect(other, '-'):
            _binop_fail('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other.__sub__(self)
        _reflected_fail('-', other, self)

    def __neg__(self):
        return _make_delta(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return _make_delta(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        return self.__neg__() if self._days < 0 else self.__pos__()

    def __mul__(self, other):
        if isinstance(other, (int, long)):
            return _make_delta(0, 0, self._us() * other)
        if _cannot_reflect(other, '*'):
            _binop_fail('*', self, other)
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, long)):
            return _make_delta(0, 0, self._us() * other)
        _reflected_fail('*', other, self)

    def _floordiv(self, other, op):
        if isinstance(other, (int, long)):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _make_delta(0, 0, self._us() // other)
        if _cannot_reflect(other, op):
            _binop_fail(op, self, other)
        return NotImplemented

    def __div__(self, other):
        return self._floordiv(other, '/')

    def __floordiv__(self, other):
        return self._floordiv(other, '//')

    def __truediv__(self, other):
        if _cannot_reflect(other, '/'):
            _binop_fail('/', self, other)
        return NotImplemented

    def __mod__(self, other):
        if _cannot_reflect(other, '%'):
            _binop_fail('%', self, other)
        return NotImplemented

    def __rdiv__(self, other):
        _reflected_fail('/', other, self)

    def __rfloordiv__(self, other):
        _reflected_fail('//', other, self)

    def _cmp(self, other, op):
        if isinstance(other, timedelta):
            a = (self._days, self._seconds, self._microseconds)
            b = (other._days, other._seconds, other._microseconds)
            return _compare(a, b, op)
        if op == 2:
            return False
        if op == 3:
            return True
        _cmperror(self, other)

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _RICH_COMPARISONS

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __nonzero__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _compare(a, b, op):
    if op == 0:
        return a < b
    if op == 1:
        return a <= b
    if op == 2:
        return a == b
    if op == 3:
        return a != b
    if op == 4:
        return a > b
    return a >= b


# ---- date ----

def _new_date(y, m, d, cls=None):
    self = object.__new__(cls or date)
    _set(self, '_year', y)
    _set(self, '_month', m)
    _set(self, '_day', d)
    return self


def _date_from_ordinal(n, cls=None):
    if n < 1 or n > _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord2ymd(n)
    return _new_date(y, m, d, cls)


def _timestamp_arg(t):
    """PyArg's "d" (PyFloat_AsDouble) for a timestamp."""
    if isinstance(t, (int, long, float)):
        return float(t)
    raise TypeError("a float is required")


def _struct(y, m, d, hh, mm, ss, dst):
    wd = (_ymd2ord(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wd, yday, dst))


class date(object):
    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, *args, **kw):
        if (len(args) == 1 and not kw and isinstance(args[0], str)
                and len(args[0]) == 4 and 1 <= ord(args[0][2]) <= 12):
            s = args[0]
            return _new_date(ord(s[0]) * 256 + ord(s[1]), ord(s[2]), ord(s[3]), cls)
        y, m, d = _parse_args(None, args, kw, ('year', 'month', 'day'), 3, None)
        _check_date(y, m, d)
        return _new_date(y, m, d, cls)

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        t = _timestamp_arg(t)
        tm = _time.localtime(t)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def today(cls, *args):
        if args:
            raise TypeError("today() takes no arguments (%d given)" % len(args))
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _int_arg(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year is out of range")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tpname(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day,
            0, 0, 0, self._year)

    def strftime(self, fmt):
        fmt = _check_format_arg(fmt)
        return _wrap_strftime(self, fmt, self.timetuple(), 0, None, None)

    __format__ = _format_method

    def timetuple(self):
        return _struct(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        y = self._year
        o = self.toordinal()
        week, day = divmod(o - _iso_week1_monday(y), 7)
        if week < 0:
            y -= 1
            week, day = divmod(o - _iso_week1_monday(y), 7)
        elif week >= 52 and o >= _iso_week1_monday(y + 1):
            y += 1
            week = 0
        return (y, week + 1, day + 1)

    def replace(self, *args, **kw):
        y, m, d = _parse_args("replace", args, kw, ('year', 'month', 'day'), 0,
                              (self._year, self._month, self._day))
        return type(self)(y, m, d)

    def _state(self):
        return "%c%c%c%c" % (self._year >> 8, self._year & 255, self._month, self._day)

    def __reduce__(self):
        return (type(self), (self._state(),))

    def __hash__(self):
        return hash((self._state(),))  # 2.7 hashes the pickle state tuple

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(self.toordinal() + other._days)
        if _cannot_reflect(other, '+'):
            _binop_fail('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        _reflected_fail('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(self.toordinal() - other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _make_delta(self.toordinal() - other.toordinal(), 0, 0)
        if _cannot_reflect(other, '-'):
            _binop_fail('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        _reflected_fail('-', other, self)

    def _cmp(self, other, op):
        if isinstance(other, datetime):
            # 2.7 lets the datetime (the subclass) answer first.
            if op == 2:
                return False
            if op == 3:
                return True
            _cmperror(other, self)
        if isinstance(other, date):
            return _compare((self._year, self._month, self._day),
                            (other._year, other._month, other._day), op)
        if hasattr(other, "timetuple"):
            return NotImplemented
        if op == 2:
            return False
        if op == 3:
            return True
        _cmperror(self, other)

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _RICH_COMPARISONS


# ---- tzinfo ----

class tzinfo(object):
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _call_offset("utcoffset", self, dt)
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _call_offset("dst", self, dt)
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + _make_delta(0, delta * 60, 0)
            dst = _call_offset("dst", self, dt)
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        if dst:
            dt = dt + _make_delta(0, dst * 60, 0)
        return dt

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        getstate = getattr(self, "__getstate__", None)
        if getstate is not None:
            state = getstate()
        else:
            state = getattr(self, "__dict__", None) or None
        if state is None:
            return (type(self), args)
        return (type(self), args, state)


# ---- time ----

def _new_time(h, m, s, us, tz, cls=None):
    self = object.__new__(cls or time)
    _set(self, '_hour', h)
    _set(self, '_minute', m)
    _set(self, '_second', s)
    _set(self, '_microsecond', us)
    _set(self, '_tzinfo', tz)
    return self


def _time_str(h, m, s, us):
    r = "%02d:%02d:%02d" % (h, m, s)
    if us:
        r += ".%06d" % us
    return r


def _fields_repr(name, fields, tz, keep):
    while len(fields) > keep and fields[-1] == 0:
        fields = fields[:-1]
    r = "%s(%s" % (name, ", ".join(["%d" % f for f in fields]))
    if tz is not None:
        r += ", tzinfo=%r" % (tz,)
    return r + ")"


class time(object):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __new__(cls, *args, **kw):
        if (1 <= len(args) <= 2 and not kw and isinstance(args[0], str)
                and len(args[0]) == 6 and ord(args[0][0]) < 24):
            s = args[0]
            tz = args[1] if len(args) == 2 else None
            if tz is not None and not isinstance(tz, tzinfo):
                raise TypeError("bad tzinfo state arg")
            return _new_time(ord(s[0]), ord(s[1]), ord(s[2]),
                             (ord(s[3]) << 16) | (ord(s[4]) << 8) | ord(s[5]), tz, cls)
        h, m, s, us, tz = _parse_args(None, args, kw,
                                      ('hour', 'minute', 'second', 'microsecond', 'tzinfo'),
                                      0, (0, 0, 0, 0, None), 4)
        _check_time(h, m, s, us)
        _check_tzinfo(tz)
        return _new_time(h, m, s, us, tz, cls)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def __repr__(self):
        return _fields_repr(_tpname(self), (self._hour, self._minute, self._second,
                                            self._microsecond), self._tzinfo, 2)

    def isoformat(self):
        return (_time_str(self._hour, self._minute, self._second, self._microsecond)
                + _format_offset(_call_offset("utcoffset", self._tzinfo, None), ":"))

    def __str__(self):
        return self.isoformat()

    def strftime(self, fmt):
        fmt = _check_format_arg(fmt)
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))
        return _wrap_strftime(self, fmt, tt, self._microsecond, self._tzinfo, None)

    __format__ = _format_method

    def utcoffset(self):
        return _minutes_delta(_call_offset("utcoffset", self._tzinfo, None))

    def dst(self):
        return _minutes_delta(_call_offset("dst", self._tzinfo, None))

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def replace(self, *args, **kw):
        h, m, s, us, tz = _parse_args("replace", args, kw,
                                      ('hour', 'minute', 'second', 'microsecond', 'tzinfo'), 0,
                                      (self._hour, self._minute, self._second,
                                       self._microsecond, self._tzinfo), 4)
        return type(self)(h, m, s, us, tz)

    def _state(self):
        us = self._microsecond
        return "%c%c%c%c%c%c" % (self._hour, self._minute, self._second,
                                 us >> 16, (us >> 8) & 255, us & 255)

    def __reduce__(self):
        if self._tzinfo is None:
            return (type(self), (self._state(),))
        return (type(self), (self._state(), self._tzinfo))

    def __hash__(self):
        off = _call_offset("utcoffset", self._tzinfo, None)
        if off is None:
            return _bytes_hash(self._state())
        h, m = divmod(self._hour * 60 + self._minute - off, 60)
        if 0 <= h < 24:
            return hash(time(h, m, self._second, self._microsecond))
        return hash((h, m, self._second, self._microsecond))

    def __nonzero__(self):
        if self._second or self._microsecond:
            return True
        off = _call_offset("utcoffset", self._tzinfo, None) or 0
        return self._hour * 60 + self._minute - off != 0

    def _cmp(self, other, op):
        if not isinstance(other, time):
            if op == 2:
                return False
            if op == 3:
                return True
            _cmperror(self, other)
        if self._tzinfo is other._tzinfo:
            o1 = o2 = None
        else:
            o1 = _call_offset("utcoffset", self._tzinfo, None)
            o2 = _call_offset("utcoffset", other._tzinfo, None)
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        if o1 == o2:
            return _compare(a, b, op)
        if o1 is not None and o2 is not None:
            a = ((self._hour * 60 + self._minute - o1) * 60 + self._second, self._microsecond)
            b = ((other._hour * 60 + other._minute - o2) * 60 + other._second,
                 other._microsecond)
            return _compare(a, b, op)
        raise TypeError("can't compare offset-naive and offset-aware times")

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _RICH_COMPARISONS


# ---- datetime ----

_DT_NAMES = ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo')


def _new_datetime(y, mo, d, h, mi, s, us, tz, cls=None):
    self = object.__new__(cls or datetime)
    _set(self, '_year', y)
    _set(self, '_month', mo)
    _set(self, '_day', d)
    _set(self, '_hour', h)
    _set(self, '_minute', mi)
    _set(self, '_second', s)
    _set(self, '_microsecond', us)
    _set(self, '_tzinfo', tz)
    return self


def _datetime_from_parts(days, secs, us, tz):
    """Normalise (ordinal, seconds, us) into a datetime or raise 2.7's overflow."""
    s, us = divmod(us, 1000000)
    secs += s
    dd, secs = divmod(secs, 86400)
    days += dd
    if days < 1 or days > _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, mo, d = _ord2ymd(days)
    mi, s = divmod(secs, 60)
    h, mi = divmod(mi, 60)
    return _new_datetime(y, mo, d, h, mi, s, us, tz)


def _from_timestamp(cls, t, tz, convert):
    t = _timestamp_arg(t)
    whole = _math.floor(t) if t >= 0 else _math.ceil(t)  # C truncation
    us = int(_round_half_away((t - whole) * 1e6))
    whole = long(whole)
    if us < 0:
        whole -= 1
        us += 1000000
    if us == 1000000:
        whole += 1
        us = 0
    tm = convert(whole)
    return cls(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us, tz)


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __new__(cls, *args, **kw):
        if (1 <= len(args) <= 2 and not kw and isinstance(args[0], str)
                and len(args[0]) == 10 and 1 <= ord(args[0][2]) <= 12):
            s = args[0]
            tz = args[1] if len(args) == 2 else None
            if tz is not None and not isinstance(tz, tzinfo):
                raise TypeError("bad tzinfo state arg")
            return _new_datetime(ord(s[0]) * 256 + ord(s[1]), ord(s[2]), ord(s[3]),
                                 ord(s[4]), ord(s[5]), ord(s[6]),
                                 (ord(s[7]) << 16) | (ord(s[8]) << 8) | ord(s[9]), tz, cls)
        y, mo, d, h, mi, s, us, tz = _parse_args(None, args, kw, _DT_NAMES, 3,
                                                 (None, None, None, 0, 0, 0, 0, None), 7)
        _check_date(y, mo, d)
        _check_time(h, mi, s, us)
        _check_tzinfo(tz)
        return _new_datetime(y, mo, d, h, mi, s, us, tz, cls)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    # -- constructors --

    @classmethod
    def fromtimestamp(cls, *args, **kw):
        t, tz = _parse_args("fromtimestamp", args, kw, ('timestamp', 'tz'), 1,
                            (None, None), 0)
        _check_tzinfo(tz)
        if tz is None:
            return _from_timestamp(cls, t, None, _time.localtime)
        return tz.fromutc(_from_timestamp(cls, t, tz, _time.gmtime))

    @classmethod
    def utcfromtimestamp(cls, t):
        return _from_timestamp(cls, t, None, _time.gmtime)

    @classmethod
    def now(cls, *args, **kw):
        tz, = _parse_args("now", args, kw, ('tz',), 0, (None,), 0)
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls, *args):
        if args:
            raise TypeError("utcnow() takes no arguments (%d given)" % len(args))
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, *args, **kw):
        d, t = _parse_args("combine", args, kw, ('date', 'time'), 2, None, 0)
        if not isinstance(d, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _argtype(d))
        if not isinstance(t, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _argtype(t))
        return cls(d._year, d._month, d._day, t._hour, t._minute, t._second,
                   t._microsecond, t._tzinfo)

    @classmethod
    def strptime(cls, *args):
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        args = list(args)
        for i in (0, 1):
            if isinstance(args[i], unicode):
                args[i] = str(args[i])
            elif not isinstance(args[i], str):
                raise TypeError("strptime() argument %d must be string, not %s"
                                % (i + 1, _argtype(args[i])))
        v = _strptime(args[0], args[1])
        return cls(*v)

    # -- views --

    def date(self):
        return _new_date(self._year, self._month, self._day)

    def time(self):
        return _new_time(self._hour, self._minute, self._second, self._microsecond, None)

    def timetz(self):
        return _new_time(self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo)

    def utcoffset(self):
        return _minutes_delta(_call_offset("utcoffset", self._tzinfo, self))

    def dst(self):
        return _minutes_delta(_call_offset("dst", self._tzinfo, self))

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def _parts(self):
        return (self.toordinal(), (self._hour * 60 + self._minute) * 60 + self._second,
                self._microsecond)

    def timetuple(self):
        dst = _call_offset("dst", self._tzinfo, self)
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct(self._year, self._month, self._day, self._hour, self._minute,
                       self._second, flag)

    def utctimetuple(self):
        off = _call_offset("utcoffset", self._tzinfo, self)
        dt = self
        if off:
            o, s, us = self._parts()
            dt = _datetime_from_parts(o, s - off * 60, us, None)
        return _struct(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0)

    # -- formatting --

    def __repr__(self):
        return _fields_repr(_tpname(self),
                            (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond), self._tzinfo, 5)

    def isoformat(self, *args, **kw):
        sep, = _parse_args("isoformat", args, kw, ('sep',), 0, ('T',), 0)
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be char, not %s" % _argtype(sep))
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _time_str(self._hour, self._minute, self._second, self._microsecond)
                + _format_offset(_call_offset("utcoffset", self._tzinfo, self), ":"))

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        fmt = _check_format_arg(fmt)
        return _wrap_strftime(self, fmt, self.timetuple(), self._microsecond,
                              self._tzinfo, self)

    def replace(self, *args, **kw):
        v = _parse_args("replace", args, kw, _DT_NAMES, 0,
                        (self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self._tzinfo), 7)
        return type(self)(*v)

    def astimezone(self, *args, **kw):
        tz, = _parse_args("astimezone", args, kw, ('tz',), 1, None, 0)
        if not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s"
                            % _argtype(tz))
        if self._tzinfo is None:
            raise ValueError("astimezone() cannot be applied to a naive datetime")
        if self._tzinfo is tz:
            return self
        off = _call_offset("utcoffset", self._tzinfo, self)
        if off is None:
            raise ValueError("astimezone() cannot be applied to a naive datetime")
        o, s, us = self._parts()
        utc = _datetime_from_parts(o, s - off * 60, us, tz)
        return tz.fromutc(utc)

    # -- state, hashing --

    def _state(self):
        us = self._microsecond
        return "%c%c%c%c%c%c%c%c%c%c" % (self._year >> 8, self._year & 255, self._month,
                                         self._day, self._hour, self._minute, self._second,
                                         us >> 16, (us >> 8) & 255, us & 255)

    def __reduce__(self):
        if self._tzinfo is None:
            return (type(self), (self._state(),))
        return (type(self), (self._state(), self._tzinfo))

    def __hash__(self):
        off = _call_offset("utcoffset", self._tzinfo, self)
        if off is None:
            return _bytes_hash(self._state())
        return hash(_make_delta(self.toordinal(),
                                self._hour * 3600 + (self._minute - off) * 60 + self._second,
                                self._microsecond))

    # -- arithmetic --

    def __add__(self, other):
        if isinstance(other, timedelta):
            o, s, us = self._parts()
            return _datetime_from_parts(o + other._days, s + other._seconds,
                                        us + other._microseconds, self._tzinfo)
        if _cannot_reflect(other, '+'):
            _binop_fail('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        _reflected_fail('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            o, s, us = self._parts()
            return _datetime_from_parts(o - other._days, s - other._seconds,
                                        us - other._microseconds, self._tzinfo)
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                o1 = o2 = None
            else:
                o1 = _call_offset("utcoffset", self._tzinfo, self)
                o2 = _call_offset("utcoffset", other._tzinfo, other)
                if (o1 is None) != (o2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            a = self._parts()
            b = other._parts()
            secs = a[1] - b[1]
            if o1 != o2:
                secs += (o2 - o1) * 60
            return _make_delta(a[0] - b[0], secs, a[2] - b[2])
        if _cannot_reflect(other, '-'):
            _binop_fail('-', self, other)
        return NotImplemented

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if hasattr(other, "timetuple") and not isinstance(other, date):
                return NotImplemented
            if op == 2:
                return False
            if op == 3:
                return True
            _cmperror(self, other)
        if self._tzinfo is other._tzinfo:
            o1 = o2 = None
        else:
            o1 = _call_offset("utcoffset", self._tzinfo, self)
            o2 = _call_offset("utcoffset", other._tzinfo, other)
        if o1 == o2:
            a = (self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute,
                 other._second, other._microsecond)
            return _compare(a, b, op)
        if o1 is not None and o2 is not None:
            d = self - other
            return _compare((d._days, d._seconds, d._microseconds), (0, 0, 0), op)
        raise TypeError("can't compare offset-naive and offset-aware datetimes")


# ---- strptime (2.7's _strptime, C locale) ----

_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FULL_MONTHS = ("", "january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december")
_ABBR_DAYS = tuple([_w[:3] for _w in _FULL_DAYS])
_ABBR_MONTHS = tuple([_w[:3] for _w in _FULL_MONTHS])
del _w


def _alternatives(words, name):
    words = sorted([w for w in words if w], key=len, reverse=True)
    if not words:
        return ''
    return '(?P<%s>%s)' % (name, '|'.join([_re.escape(w) for w in words]))


def _tz_names():
    std = set(["utc", "gmt", _time.tzname[0].lower()])
    dst = set([_time.tzname[1].lower()]) if _time.daylight else set()
    return std, dst


_DIRECTIVES = {
    'd': r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'A': _alternatives(_FULL_DAYS, 'A'),
    'a': _alternatives(_ABBR_DAYS, 'a'),
    'B': _alternatives(_FULL_MONTHS, 'B'),
    'b': _alternatives(_ABBR_MONTHS, 'b'),
    'p': _alternatives(("am", "pm"), 'p'),
    '%': '%',
}
_DIRECTIVES['W'] = _DIRECTIVES['U'].replace('<U>', '<W>')
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

_SPECIAL = _re.compile(r"([\\.^$*+?\(\){}\[\]|])")
_SPACES = _re.compile(r"\s+")
_regex_cache = {}


def _directive(c, groups):
    if c in _COMPOSITE:
        return _pattern(_COMPOSITE[c], groups)
    if c in _DIRECTIVES:
        r = _DIRECTIVES[c]
    elif c == 'Z':
        std, dst = _tz_names()
        r = _alternatives(list(std) + list(dst), 'Z')
    else:
        raise KeyError(c)
    if r.startswith('(?P<'):
        # sre's message for a repeated directive, which PCRE words otherwise
        if c in groups:
            raise _re.error("redefinition of group name %r as group %d; was group %d"
                            % (c, len(groups) + 1, groups.index(c) + 1))
        groups.append(c)
    return r


def _pattern(fmt, groups):
    fmt = _SPECIAL.sub(r"\\\1", fmt)
    fmt = _SPACES.sub(r"\\s+", fmt)
    out = []
    while '%' in fmt:
        i = fmt.index('%') + 1
        out.append(fmt[:i - 1])
        out.append(_directive(fmt[i], groups))
        fmt = fmt[i + 1:]
    out.append(fmt)
    return "".join(out)


def _julian_from_week(year, week, weekday, monday_first):
    first = date(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _strptime(data, fmt):
    """(year, month, day, hour, minute, second, microsecond) as 2.7 parses them."""
    regex = _regex_cache.get(fmt)
    if regex is None:
        try:
            regex = _re.compile(_pattern(fmt, []), _re.IGNORECASE)
        except KeyError as err:
            bad = err.args[0]
            if bad == "\\":
                bad = "%"
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, fmt))
        except IndexError:
            raise ValueError("stray %% in format '%s'" % fmt)
        _regex_cache[fmt] = regex
    found = regex.match(data)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if len(data) != found.end():
        raise ValueError("unconverted data remains: %s" % data[found.end():])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    week = -1
    week_start = 0
    weekday = julian = None
    g = found.groupdict()
    for key in g:
        v = g[key]
        if key == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(v)
        elif key == 'm':
            month = int(v)
        elif key == 'B':
            month = _FULL_MONTHS.index(v.lower())
        elif key == 'b':
            month = _ABBR_MONTHS.index(v.lower())
        elif key == 'd':
            day = int(v)
        elif key == 'H':
            hour = int(v)
        elif key == 'I':
            hour = int(v)
            ampm = g.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(v)
        elif key == 'S':
            second = int(v)
        elif key == 'f':
            fraction = int(v + "0" * (6 - len(v)))
        elif key == 'A':
            weekday = _FULL_DAYS.index(v.lower())
        elif key == 'a':
            weekday = _ABBR_DAYS.index(v.lower())
        elif key == 'w':
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'j':
            julian = int(v)
        elif key in ('U', 'W'):
            week = int(v)
            week_start = 6 if key == 'U' else 0
    if year is None:
        year = 1900  # 2.7 has no leap-year fix: Feb 29 without %Y fails
    if julian is None and week != -1 and weekday is not None:
        julian = _julian_from_week(year, week, weekday, week_start == 0)
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        d = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = d._year, d._month, d._day
    else:
        date(year, month, day)  # 2.7 builds this date; it raises on bad days
    return (year, month, day, hour, minute, second, fraction)


# ---- operators the C types lack ----
# A C type without a slot makes 2.7 raise with its tp_name ('datetime.date');
# a Python class would be named 'date', so the missing operators raise here.

_BINOPS = (('add', '+'), ('sub', '-'), ('mul', '*'), ('div', '/'), ('truediv', '/'),
           ('floordiv', '//'), ('mod', '%'), ('divmod', 'divmod()'),
           ('pow', '** or pow()'), ('lshift', '<<'), ('rshift', '>>'), ('and', '&'),
           ('or', '|'), ('xor', '^'))
_UNOPS = (('neg', 'unary -'), ('pos', 'unary +'), ('invert', 'unary ~'), ('abs', 'abs()'))


def _reflected_fail(sym, other, self):
    # Sequences answer + and * themselves in 2.7, with their own messages.
    if sym == '+':
        if isinstance(other, list):
            raise TypeError('can only concatenate list (not "%s") to list' % _tpname(self))
        if isinstance(other, tuple):
            raise TypeError('can only concatenate tuple (not "%s") to tuple' % _tpname(self))
        if isinstance(other, str):
            raise TypeError("cannot concatenate 'str' and '%s' objects" % _tpname(self))
        if isinstance(other, unicode):
            raise TypeError("coercing to Unicode: need string or buffer, %s found"
                            % _tpname(self))
    if sym == '*' and isinstance(other, (list, tuple, str, unicode, bytearray)):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % _tpname(self))
    _binop_fail(sym, other, self)


def _binop_pair(sym):
    def op(self, other):
        if _cannot_reflect(other, sym):
            _binop_fail(sym, self, other)
        return NotImplemented

    def rop(self, other):
        _reflected_fail(sym, other, self)
    return op, rop


def _unop(sym):
    def op(self):
        raise TypeError("bad operand type for %s: '%s'" % (sym, _tpname(self)))
    return op


def _missing_attr(self, name):
    raise AttributeError("'%s' object has no attribute '%s'" % (_tpname(self), name))


def _add_missing_operators(cls):
    for name, sym in _BINOPS:
        op, rop = _binop_pair(sym)
        if not hasattr(cls, '__%s__' % name):
            setattr(cls, '__%s__' % name, op)
        if not hasattr(cls, '__r%s__' % name):
            setattr(cls, '__r%s__' % name, rop)
    for name, sym in _UNOPS:
        if not hasattr(cls, '__%s__' % name):
            setattr(cls, '__%s__' % name, _unop(sym))
    cls.__getattr__ = _missing_attr


for _cls in (timedelta, date, time, datetime, tzinfo):
    _add_missing_operators(_cls)
del _cls


# The fields are read-only getsets in 2.7 (timedelta's are members, which
# raise TypeError), and the C types have no __dict__ for other names.
_READONLY = {
    date: ('getset', ('year', 'month', 'day')),
    datetime: ('getset', ('hour', 'minute', 'second', 'microsecond', 'tzinfo')),
    time: ('getset', ('hour', 'minute', 'second', 'microsecond', 'tzinfo')),
    timedelta: ('member', ('days', 'seconds', 'microseconds')),
}


def _store_attr(self, name, value, delete=False):
    for klass in type(self).__mro__:
        ro = _READONLY.get(klass)
        if ro is not None and name in ro[1]:
            if ro[0] == 'member':
                raise TypeError("readonly attribute")
            raise AttributeError("attribute '%s' of 'datetime.%s' objects is not writable"
                                 % (name, klass.__name__))
    if type(self) in _OUR_TYPES or name in _SLOT_NAMES:
        raise AttributeError("'%s' object has no attribute '%s'" % (_tpname(self), name))
    if delete:
        object.__delattr__(self, name)
    else:
        object.__setattr__(self, name, value)


def _setattr(self, name, value):
    _store_attr(self, name, value)


def _delattr(self, name):
    _store_attr(self, name, None, True)


_SLOT_NAMES = frozenset(['_year', '_month', '_day', '_hour', '_minute', '_second',
                         '_microsecond', '_tzinfo', '_days', '_seconds', '_microseconds'])
for _cls in (timedelta, date, time, tzinfo):
    _cls.__setattr__ = _setattr
    _cls.__delattr__ = _delattr
del _cls


# ---- class attributes ----

_OUR_TYPES = (date, datetime, time, timedelta, tzinfo)

timedelta.min = _make_delta(-_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _make_delta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = _make_delta(0, 0, 1)
date.min = _new_date(1, 1, 1)
date.max = _new_date(9999, 12, 31)
date.resolution = _make_delta(1, 0, 0)
time.min = _new_time(0, 0, 0, 0, None)
time.max = _new_time(23, 59, 59, 999999, None)
time.resolution = timedelta.resolution
datetime.min = _new_datetime(1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _new_datetime(9999, 12, 31, 23, 59, 59, 999999, None)
datetime.resolution = timedelta.resolution

# 2.7 exports its C API as a capsule; Python code can only see the name.
datetime_CAPI = None
