"""functools for pytrans: 2.7's helpers for higher-order functions.

partial and reduce come from the native _functools module.
"""

from _functools import partial, reduce, cmp_to_key as _cmp_to_key

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    for attr in assigned:
        setattr(wrapper, attr, getattr(wrapped, attr))
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


def _gt_from_lt(self, other):
    return not (self < other or self == other)


def _le_from_lt(self, other):
    return self < other or self == other


def _ge_from_lt(self, other):
    return not self < other


def _ge_from_le(self, other):
    return not self <= other or self == other


def _lt_from_le(self, other):
    return self <= other and not self == other


def _gt_from_le(self, other):
    return not self <= other


def _lt_from_gt(self, other):
    return not (self > other or self == other)


def _ge_from_gt(self, other):
    return self > other or self == other


def _le_from_gt(self, other):
    return not self > other


def _le_from_ge(self, other):
    return not self >= other or self == other


def _gt_from_ge(self, other):
    return self >= other and not self == other


def _lt_from_ge(self, other):
    return not self >= other


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def _mro(cls):
    mro = getattr(cls, '__mro__', None)
    if mro is not None:
        return mro
    result = [cls]
    for base in getattr(cls, '__bases__', ()):
        result.extend(_mro(base))
    return result


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = set()
    for klass in _mro(cls):
        if klass is object:
            continue
        d = getattr(klass, '__dict__', {})
        for op in _convert:
            if op in d:
                roots.add(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            try:
                opfunc.__doc__ = getattr(int, opname).__doc__
            except AttributeError:
                pass
            setattr(cls, opname, opfunc)
    return cls


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function"""
    return _cmp_to_key(mycmp)
