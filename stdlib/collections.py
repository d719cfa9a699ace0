"""collections for pytrans: deque and defaultdict (native, from
_collections), OrderedDict, Counter and namedtuple, as in Python 2.7.

namedtuple builds its class with type() and properties instead of exec'ing
a class template; its __new__ checks arguments itself and reproduces the
TypeError texts the generated 2.7 __new__ would give.
"""

__all__ = ['Counter', 'deque', 'defaultdict', 'namedtuple', 'OrderedDict']

from _collections import deque, defaultdict
from operator import itemgetter as _itemgetter
from keyword import iskeyword as _iskeyword
import sys as _sys
import _pytrans

from itertools import repeat as _repeat, chain as _chain, starmap as _starmap
from itertools import imap as _imap


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    # Keys are kept in a circular doubly linked list of [prev, next, key]
    # links, starting at a sentinel (_od_root); _od_map maps key -> link.

    def __init__(*args, **kwds):
        if not args:
            raise TypeError("descriptor '__init__' of 'OrderedDict' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        try:
            self._od_root
        except AttributeError:
            self._od_root = root = []
            root[:] = [root, root, None]
            self._od_map = {}
        self._od_update(*args, **kwds)

    def __setitem__(self, key, value):
        if key not in self:
            root = self._od_root
            last = root[0]
            last[1] = root[0] = self._od_map[key] = [last, root, key]
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        link_prev, link_next, _ = self._od_map.pop(key)
        link_prev[1] = link_next
        link_next[0] = link_prev

    def _od_keys(self):
        result = []
        root = self._od_root
        curr = root[1]
        while curr is not root:
            result.append(curr[2])
            curr = curr[1]
        return result

    def __iter__(self):
        return iter(self._od_keys())

    def __reversed__(self):
        keys = self._od_keys()
        keys.reverse()
        return iter(keys)

    def clear(self):
        root = self._od_root
        root[:] = [root, root, None]
        self._od_map.clear()
        dict.clear(self)

    def keys(self):
        return self._od_keys()

    def values(self):
        return [self[key] for key in self._od_keys()]

    def items(self):
        return [(key, self[key]) for key in self._od_keys()]

    def iterkeys(self):
        return iter(self._od_keys())

    def itervalues(self):
        return iter(self.values())

    def iteritems(self):
        return iter(self.items())

    def _od_update(*args, **kwds):
        if not args:
            raise TypeError("descriptor 'update' of 'MutableMapping' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('update() takes at most 2 positional '
                            'arguments (%d given)' % (len(args) + 1,))
        if args:
            other = args[0]
            if isinstance(other, dict):
                for key in other:
                    self[key] = other[key]
            elif hasattr(other, "keys"):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwds.items():
            self[key] = value

    update = _od_update

    _marker = object()

    def pop(self, key, default=_marker):
        if key in self:
            result = self[key]
            del self[key]
            return result
        if default is self._marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        keys = self._od_keys()
        key = keys[-1] if last else keys[0]
        value = self.pop(key)
        return key, value

    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, self.items())

    def __reduce__(self):
        items = [[k, self[k]] for k in self]
        inst_dict = dict(vars(self))
        for k in ('_od_root', '_od_map'):
            inst_dict.pop(k, None)
        if inst_dict:
            return (self.__class__, (items,), inst_dict)
        return self.__class__, (items,)

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and self.items() == other.items()
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def viewkeys(self):
        return dict.viewkeys(self)

    def viewvalues(self):
        return dict.viewvalues(self)

    def viewitems(self):
        return dict.viewitems(self)


################################################################################
### namedtuple
################################################################################

_MISSING = object()


def _nt_repr(self):
    names = self._fields
    parts = []
    for i in range(len(names)):
        parts.append('%s=%r' % (names[i], self[i]))
    return '%s(%s)' % (self.__class__.__name__, ', '.join(parts))


def _nt_asdict(self):
    return OrderedDict(zip(self._fields, self))


def _nt_replace(_self, **kwds):
    result = _self._make(map(kwds.pop, _self._fields, _self))
    if kwds:
        raise ValueError('Got unexpected field names: %r' % kwds.keys())
    return result


def _nt_getnewargs(self):
    return tuple(self)


def _nt_getstate(self):
    pass


def _arguments(n):
    if n == 1:
        return '1 argument'
    return '%d arguments' % n


def _make_new(field_names):
    nfields = len(field_names)
    index = {}
    for i in range(nfields):
        index[field_names[i]] = i

    def __new__(_cls, *args, **kwds):
        n = len(args)
        if kwds:
            if n > nfields:
                raise TypeError('__new__() takes exactly %s (%d given)'
                                % (_arguments(nfields + 1), n + len(kwds) + 1))
            values = list(args) + [_MISSING] * (nfields - n)
            for key in kwds:
                i = index.get(key)
                if i is None:
                    raise TypeError("__new__() got an unexpected keyword "
                                    "argument '%s'" % key)
                if values[i] is not _MISSING:
                    raise TypeError("__new__() got multiple values for "
                                    "keyword argument '%s'" % key)
                values[i] = kwds[key]
            for v in values:
                if v is _MISSING:
                    raise TypeError('__new__() takes exactly %s (%d given)'
                                    % (_arguments(nfields + 1), n + len(kwds) + 1))
            return _pytrans.tuple_new(_cls, values)
        if n != nfields:
            raise TypeError('__new__() takes exactly %s (%d given)'
                            % (_arguments(nfields + 1), n + 1))
        return _pytrans.tuple_new(_cls, args)
    return __new__


def _make_make(nfields):
    def _make(cls, iterable, new=None, len=len):
        result = _pytrans.tuple_new(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d' % (nfields, len(result)))
        return result
    return classmethod(_make)


def _ident_chars(name):
    for c in name:
        if not (c.isalnum() or c == '_'):
            return False
    return True


def namedtuple(typename, field_names, verbose=False, rename=False):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, basestring):
        field_names = field_names.replace(',', ' ').split()
    field_names = map(str, field_names)
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not _ident_chars(name)
                    or _iskeyword(name)
                    or not name
                    or name[0].isdigit()
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) != str:
            raise TypeError('Type names and field names must be strings')
        if not _ident_chars(name):
            raise ValueError('Type names and field names can only contain '
                             'alphanumeric characters and underscores: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
        if name[0].isdigit():
            raise ValueError('Type names and field names cannot start with '
                             'a number: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    fields = tuple(field_names)
    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '__new__': _make_new(fields),
        '_make': _make_make(len(fields)),
        '__repr__': _nt_repr,
        '_asdict': _nt_asdict,
        '__dict__': property(_nt_asdict),
        '_replace': _nt_replace,
        '__getnewargs__': _nt_getnewargs,
        '__getstate__': _nt_getstate,
    }
    for i in range(len(fields)):
        namespace[fields[i]] = property(_itemgetter(i),
                                       doc='Alias for field number %d' % i)
    try:
        namespace['__module__'] = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        namespace['__module__'] = '__main__'
    return type(typename, (tuple,), namespace)


################################################################################
### Counter
################################################################################

class Counter(dict):
    '''Dict subclass for counting hashable items.'''

    def __init__(*args, **kwds):
        if not args:
            raise TypeError("descriptor '__init__' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        dict.__init__(self)
        self.update(*args, **kwds)

    def __missing__(self, key):
        return 0

    def most_common(self, n=None):
        items = sorted(self.iteritems(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        return items[:n]

    def elements(self):
        return _chain.from_iterable(_starmap(_repeat, self.iteritems()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(*args, **kwds):
        if not args:
            raise TypeError("descriptor 'update' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        iterable = args[0] if args else None
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'iteritems'):
                if self:
                    self_get = self.get
                    for elem, count in iterable.iteritems():
                        self[elem] = self_get(elem, 0) + count
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(*args, **kwds):
        if not args:
            raise TypeError("descriptor 'subtract' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        iterable = args[0] if args else None
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict) or hasattr(iterable, 'iteritems'):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        items = ', '.join(['%r: %r' % kv for kv in self.most_common()])
        return '%s({%s})' % (self.__class__.__name__, items)

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result
