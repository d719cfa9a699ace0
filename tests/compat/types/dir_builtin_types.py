# dir() of the builtin types and their instances, and the attributes 2.7
# exposes as descriptors or __cmp__ rather than rich comparisons.
import sys


def gen():
    yield 1


class C(object):
    def m(self):
        pass


def f():
    pass


def cellmaker():
    x = 1

    def g():
        return x
    return g.func_closure[0]


objs = [
    ('object', object, object()),
    ('type', type, int),
    ('int', int, 5),
    ('long', long, 5L),
    ('float', float, 1.5),
    ('complex', complex, 1j),
    ('bool', bool, True),
    ('str', str, 'a'),
    ('unicode', unicode, u'a'),
    ('basestring', basestring, None),
    ('bytearray', bytearray, bytearray('a')),
    ('list', list, [1]),
    ('tuple', tuple, (1,)),
    ('dict', dict, {1: 2}),
    ('set', set, set([1])),
    ('frozenset', frozenset, frozenset([1])),
    ('slice', slice, slice(1, 2)),
    ('xrange', xrange, xrange(3)),
    ('enumerate', enumerate, enumerate([1])),
    ('reversed', reversed, reversed((1,))),
    ('file', file, sys.stdout),
    ('memoryview', memoryview, memoryview('ab')),
    ('buffer', buffer, buffer('ab')),
    ('property', property, property()),
    ('staticmethod', staticmethod, staticmethod(f)),
    ('classmethod', classmethod, classmethod(f)),
    ('super', super, super(C, C())),
    ('NoneType', type(None), None),
    ('function', type(f), f),
    ('instancemethod', type(C().m), C().m),
    ('builtin_function_or_method', type(len), len),
    ('generator', type(gen()), gen()),
    ('module', type(sys), None),
    ('cell', type(cellmaker()), cellmaker()),
    ('BaseException', BaseException, BaseException()),
    ('Exception', Exception, Exception()),
    ('KeyError', KeyError, KeyError()),
    ('SyntaxError', SyntaxError, SyntaxError()),
    ('EnvironmentError', EnvironmentError, EnvironmentError()),
    ('IOError', IOError, IOError()),
    ('UnicodeDecodeError', UnicodeDecodeError, UnicodeDecodeError('a', '', 0, 1, 'r')),
    ('SystemExit', SystemExit, SystemExit()),
    ('StopIteration', StopIteration, StopIteration()),
]
for name, T, inst in objs:
    print name, sorted(dir(T))
    if inst is not None or T is type(None):
        print name, 'instance', sorted(dir(inst))


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '->', repr(r)


# int and long: __cmp__ only, rich comparisons still work
for T in (int, long, bool, slice, type(cellmaker())):
    print T.__name__, [n for n in ('__eq__', '__lt__', '__cmp__') if n in T.__dict__]
print 3 < 5, 5L == 5, cmp(3, 5L), sorted([3L, 1, 2L]), True < 2
show('(5).__hex__()', lambda: (5).__hex__())
show('(5).__oct__()', lambda: (5).__oct__())
show('(5L).__hex__()', lambda: (5L).__hex__())
show('(7).__trunc__()', lambda: (7).__trunc__())
show('(5).__cmp__(7)', lambda: (5).__cmp__(7))
show('int.__cmp__(5, 5L)', lambda: int.__cmp__(5, 5L))
show('(5).__eq__', lambda: (5).__eq__)
show('(5).real', lambda: (5).real)
show('(5L).imag', lambda: (5L).imag)
show('True.numerator', lambda: True.numerator)
show('(2.5).real', lambda: (2.5).real)
show('(1+2j).imag', lambda: (1 + 2j).imag)
show('int.real', lambda: int.real)
show('type(int.real)', lambda: type(int.real))
show('int.real.__get__(7)', lambda: int.real.__get__(7))
show("int.real.__get__('x')", lambda: int.real.__get__('x'))


def set_real():
    x = 5
    x.real = 3
show('(5).real = 3', set_real)


def set_float_imag():
    (1.5).imag = 3
show('(1.5).imag = 3', set_float_imag)
show('complex.__coerce__', lambda: (1j).__coerce__(2))
show('complex.__coerce__ str', lambda: (1j).__coerce__('x'))

# slices, cells, methods
s = slice(1, 2, 3)
print s.start, s.stop, s.step, type(slice.__dict__['start']).__name__
show('slice.__cmp__', lambda: slice(1, 2).__cmp__(slice(1, 3)))
show('slice.__cmp__ int', lambda: slice(1, 2).__cmp__(1))


def set_start():
    s.start = 5
show('s.start = 5', set_start)
c = cellmaker()
print c.cell_contents, type(c).__dict__['cell_contents']
show('cell.__cmp__', lambda: c.__cmp__(cellmaker()))
m = C().m
print m.__func__ is C.__dict__['m'], m.im_class.__name__, type(m.im_self).__name__
print m.__class__.__name__, m.__name__
show('instancemethod.__cmp__', lambda: m.__cmp__(m))
um = C.m
print um.__get__(C()).__name__, um.__get__(None, C) is not None

# functions, builtins, generators
print f.func_name, f.__name__, f.func_defaults, f.func_closure, f.__module__
print type(f).__dict__['func_name'], type(f).__dict__['func_globals']
print len.__name__, len.__self__, len.__module__, [].append.__module__
print len == len, len.__cmp__(len), [].append == [].append
g = gen()
print g.__name__, g.gi_running, type(g).__dict__['gi_running']

# descriptors
p = property(len)
print p.fget is len, p.fset, p.fdel


def set_fget():
    p.fget = 1
show('p.fget = 1', set_fget)
print staticmethod(f).__func__ is f, classmethod(f).__func__ is f
sup = super(C)
print sup.__thisclass__.__name__, sup.__self__, sup.__self_class__
print type(sup.__get__(C())).__name__, sup.__get__(C()).__self_class__.__name__

# exceptions
e = IOError(2, 'nope', 'x.txt')
print e.errno, e.strerror, e.filename, e.args, e.message
print SyntaxError('m').msg, SyntaxError().lineno, SystemExit(3).code
print type(EnvironmentError.__dict__['errno']).__name__, EnvironmentError.__dict__['errno']
print type(BaseException.__dict__['args']).__name__, BaseException.__dict__['args']
e2 = ValueError('a')
e2.__setstate__({'extra': 1})
print e2.extra
print hasattr(KeyError(), 'errno'), hasattr(IOError(), 'errno')


def del_args():
    del e2.args
show('del e.args', del_args)

# type
print int.__name__, int.__module__, int.__base__.__name__, int.__bases__, C.__module__
print type.__dict__['__name__'], type(type.__dict__['__mro__']).__name__
print [t.__name__ for t in int.mro()], type.mro(int) == int.mro()
print type.__instancecheck__(int, 5), type.__subclasscheck__(int, bool), int.__eq__(int)
show('int.__abstractmethods__', lambda: int.__abstractmethods__)
show('C.__abstractmethods__', lambda: C.__abstractmethods__)
print object.__format__(5, ''), int.__format__(5, u'd'), type(int.__format__(5, u'd')).__name__

# sequences
print [1, 2, 3].__getslice__(-1, 2), [3, 2, 1].__reversed__().next()
l = [1, 2, 3, 4]
l.__setslice__(1, 3, ['x'])
l.__delslice__(0, 1)
print l, list(reversed([1, 2]))
print buffer('abcd').__getslice__(1, 3), buffer('ab').__cmp__(buffer('ac'))
show('set.__cmp__', lambda: set().__cmp__(set()))
show('frozenset.__cmp__ int', lambda: frozenset().__cmp__(1))
show('bytearray().__alloc__()', lambda: bytearray().__alloc__())
show("'a'.__iter__", lambda: 'a'.__iter__)
show('[].__radd__', lambda: [].__radd__)
print float.__getformat__('double')
