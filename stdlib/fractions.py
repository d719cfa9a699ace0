"""Rational, infinite-precision, real numbers (Python 2.7's fractions).

Fraction here is a plain new-style class (2.7 derives it from the
numbers.Rational ABC); the arithmetic, normalisation, parsing, hashing,
comparison and limit_denominator rules are 2.7's.
"""

from __future__ import division
import math
import operator
import re

__all__ = ['Fraction', 'gcd']

_int_types = (int, long)


def gcd(a, b):
    """Calculate the Greatest Common Divisor of a and b (sign of b)."""
    while b:
        a, b = b, a % b
    return a


_RATIONAL_FORMAT = re.compile(r"""
    \A\s*                      # optional whitespace at the start, then
    (?P<sign>[-+]?)            # an optional sign, then
    (?=\d|\.\d)                # lookahead for digit or .digit
    (?P<num>\d*)               # numerator (possibly empty)
    (?:                        # followed by
       (?:/(?P<denom>\d+))?    # an optional denominator
    |                          # or
       (?:\.(?P<decimal>\d*))? # an optional fractional part
       (?:E(?P<exp>[-+]?\d+))? # and optional exponent
    )
    \s*\Z                      # and optional whitespace to finish
""", re.VERBOSE | re.IGNORECASE)


def _is_rational(x):
    return isinstance(x, _int_types) or isinstance(x, Fraction)


class Fraction(object):
    """This class implements rational numbers."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if isinstance(numerator, _int_types):
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            elif isinstance(numerator, float):
                value = Fraction.from_float(numerator)
                self._numerator = value._numerator
                self._denominator = value._denominator
                return self
            elif isinstance(numerator, basestring):
                m = _RATIONAL_FORMAT.match(numerator)
                if m is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator = int(m.group('num') or '0')
                denom = m.group('denom')
                if denom:
                    denominator = int(denom)
                else:
                    denominator = 1
                    decimal = m.group('decimal')
                    if decimal:
                        scale = 10 ** len(decimal)
                        numerator = numerator * scale + int(decimal)
                        denominator *= scale
                    exp = m.group('exp')
                    if exp:
                        exp = int(exp)
                        if exp >= 0:
                            numerator *= 10 ** exp
                        else:
                            denominator *= 10 ** -exp
                if m.group('sign') == '-':
                    numerator = -numerator
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                _numer(numerator) * _denom(denominator),
                _numer(denominator) * _denom(numerator)
            )
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = gcd(numerator, denominator)
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, _int_types):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        if math.isnan(f) or math.isinf(f):
            raise TypeError("Cannot convert %r to %s." % (f, cls.__name__))
        return cls(*_as_integer_ratio(f))

    @classmethod
    def from_decimal(cls, dec):
        raise TypeError("pytrans: Fraction.from_decimal is not available")

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        else:
            return bound1

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return 'Fraction(%s, %s)' % (self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        else:
            return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic (2.7's _operator_fallbacks) ----

    def _add(a, b):
        return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)

    def __add__(a, b):
        return _forward(a, b, Fraction._add, operator.add)

    def __radd__(b, a):
        return _reverse(b, a, Fraction._add, operator.add)

    def __sub__(a, b):
        return _forward(a, b, Fraction._sub, operator.sub)

    def __rsub__(b, a):
        return _reverse(b, a, Fraction._sub, operator.sub)

    def __mul__(a, b):
        return _forward(a, b, Fraction._mul, operator.mul)

    def __rmul__(b, a):
        return _reverse(b, a, Fraction._mul, operator.mul)

    def __truediv__(a, b):
        return _forward(a, b, Fraction._div, operator.truediv)

    def __rtruediv__(b, a):
        return _reverse(b, a, Fraction._div, operator.truediv)

    __div__ = __truediv__
    __rdiv__ = __rtruediv__

    def __floordiv__(a, b):
        div = a / b
        if _is_rational(div):
            return div.numerator // div.denominator
        return math.floor(div)

    def __rfloordiv__(b, a):
        div = a / b
        if _is_rational(div):
            return div.numerator // div.denominator
        return math.floor(div)

    def __mod__(a, b):
        div = a // b
        return a - b * div

    def __rmod__(b, a):
        div = a // b
        return a - b * div

    def __pow__(a, b):
        if _is_rational(b):
            if _denom(b) == 1:
                power = _numer(b)
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power)
                else:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power)
            else:
                return float(a) ** float(b)
        else:
            return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(_numer(a), _denom(a)) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        else:
            return a._numerator // a._denominator

    def __int__(a):
        return int(a.__trunc__())

    def __long__(a):
        return long(a.__trunc__())

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        if self == float(self):
            return hash(float(self))
        else:
            return hash((self._numerator, self._denominator))

    def __eq__(a, b):
        if _is_rational(b):
            return a._numerator == _numer(b) and a._denominator == _denom(b)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            else:
                return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * _denom(other),
                      self._denominator * _numer(other))
        if isinstance(other, complex):
            raise TypeError("no ordering relation is defined for complex numbers")
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            else:
                return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __ne__(a, b):
        r = a.__eq__(b)
        if r is NotImplemented:
            return r
        return not r

    def __nonzero__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _as_integer_ratio(f):
    try:
        return f.as_integer_ratio()
    except AttributeError:
        pass
    m, e = math.frexp(f)
    while m != math.floor(m):
        m *= 2.0
        e -= 1
    num = int(m)
    den = 1
    if e > 0:
        num <<= e
    else:
        den <<= -e
    g = gcd(num, den)
    return num // g, den // g


def _numer(x):
    if isinstance(x, _int_types):
        return x
    return x._numerator


def _denom(x):
    if isinstance(x, _int_types):
        return 1
    return x._denominator


def _forward(a, b, monomorphic, fallback):
    if _is_rational(b):
        if not isinstance(b, Fraction):
            b = Fraction(b)
        return monomorphic(a, b)
    elif isinstance(b, float):
        return fallback(float(a), b)
    elif isinstance(b, complex):
        return fallback(complex(a), b)
    return NotImplemented


def _reverse(b, a, monomorphic, fallback):
    if _is_rational(a):
        return monomorphic(Fraction(a), b)
    elif isinstance(a, float):
        return fallback(a, float(b))
    elif isinstance(a, complex):
        return fallback(complex(a), complex(b))
    return NotImplemented
