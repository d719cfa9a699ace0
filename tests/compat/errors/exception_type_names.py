# Messages that name a type by its tp_name show builtin exception types
# (and other module-level builtin types) with their module, as 2.7 does:
# 'exceptions.ValueError', 'collections.deque'. A class keeps its own name;
# __name__, repr(type) and traceback headers are unchanged.
import collections
import itertools
import thread


class MyError(ValueError):
    pass


class Plain(object):
    def method(self):
        pass


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print '%-22s %s: %s' % (label, type(e).__name__, e)
    else:
        print '%-22s -> %r' % (label, r)


def setitem(o):
    o['k'] = 1


def delitem(o):
    del o['k']


def unpack(o):
    a, b = o


def with_stmt(o):
    with o:
        pass


subjects = [
    ('ValueError()', ValueError('v')),
    ('KeyError()', KeyError('k')),
    ('StopIteration()', StopIteration()),
    ('IOError()', IOError(2, 'no such file', 'f.txt')),
    ('MyError()', MyError('m')),
    ('deque', collections.deque([1, 2])),
    ('itertools.chain', itertools.chain('ab')),
]

for name, o in subjects:
    print '--', name
    show('len', lambda: len(o))
    show('attribute', lambda: o.no_such)
    show('add', lambda: o + 1)
    show('radd', lambda: 1 + o)
    show('unary -', lambda: -o)
    show('abs', lambda: abs(o))
    show('call', lambda: o())
    show('hash', lambda: type(hash(o)))
    show('int()', lambda: int(o))
    show('list index', lambda: [1, 2][o])
    show('repeat', lambda: 'ab' * o)
    show('%d', lambda: '%d' % o)
    show('next', lambda: next(o))
    show('str concat', lambda: 'x' + o)
    show('join', lambda: ','.join(['a', o]))
    show('ord', lambda: ord(o))
    show('range', lambda: range(o))
    show('type attribute', lambda: type(o).no_such)
    show('item assignment', lambda: setitem(o))
    show('item deletion', lambda: delitem(o))
    show('unbound method', lambda: Plain.method(o))
    show('star args', lambda: len(*o))
    show('star star', lambda: dict(**o))
    show('star star f', lambda: show(**o))
    show('subscript', lambda: o[0])
    show('in', lambda: 'a' in o)

print '-- thread.lock'
lock = thread.allocate_lock()
show('in', lambda: 1 in lock)
show('iter', lambda: iter(lock))
show('for', lambda: [x for x in lock])
show('subscript', lambda: lock[0])
show('len', lambda: len(lock))

print '-- exceptions as sequences'
e = ValueError(1, 2, 3)
show('e[-1]', lambda: e[-1])
show('e[0:2]', lambda: e[0:2])
show("e['x']", lambda: e['x'])
show('e[::2]', lambda: e[::2])
show('e[5]', lambda: e[5])
show('MyError[str]', lambda: MyError(1)['x'])
show('not iterable', lambda: iter(ValueError))
show('isinstance', lambda: isinstance(1, ValueError()))
show('issubclass', lambda: issubclass(ValueError(), int))
show('descriptor', lambda: KeyError.__str__(ValueError()))
show('descriptor int', lambda: ValueError.__str__(1))
show('keywords', lambda: ValueError(x=1))
show('class attribute', lambda: ValueError.no_such)
show('subclass attribute', lambda: MyError.no_such)

print '-- names'
print repr(ValueError), ValueError.__name__, ValueError.__module__
print repr(MyError), MyError.__name__
print repr(collections.deque), collections.deque.__name__
print type(KeyError('k')).__name__, str(KeyError('k'))
print repr(ValueError('v')), repr(MyError('m'))
print IOError(2, 'x', 'f').__reduce__()
print SystemExit(3).__reduce__()

# The traceback header names the class without its module.
raise ValueError('finally uncaught')
