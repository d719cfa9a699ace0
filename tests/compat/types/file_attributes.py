# File attributes (what can be read and set), repr, the with statement,
# file subclasses and an uninitialized file.
import os
path = '/tmp/pytrans_test_file_attributes_%d' % os.getpid()


def attempt(label, fn):
    try:
        r = fn()
    except (IOError, ValueError, TypeError, AttributeError, OverflowError) as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)


f = open(path, 'w')
print f.name == path, f.mode, f.closed, f.encoding, f.errors, f.newlines, f.softspace
print repr(f).startswith("<open file '%s', mode 'w' at 0x" % path), repr(f).endswith('>')
print str(f) == repr(f), type(f), type(f).__name__, isinstance(f, file)
print f.isatty(), f.fileno() > 2, f.__enter__() is f

for name, value in [('x', 1), ('name', 'y'), ('mode', 'r'), ('closed', True),
                    ('encoding', 'utf8'), ('errors', 'x'), ('newlines', 'x'),
                    ('softspace', 7), ('softspace', 'a'), ('softspace', 2 ** 70),
                    ('softspace', 2.5), ('softspace', True)]:
    attempt('set %s=%r' % (name, value), lambda: setattr(f, name, value))
    if name != 'name':
        attempt('get ' + name, lambda: getattr(f, name))
attempt('del softspace', lambda: delattr(f, 'softspace'))
attempt('del name', lambda: delattr(f, 'name'))
attempt('__dict__', lambda: f.__dict__)
print hasattr(f, 'closed'), hasattr(f, 'readinto'), hasattr(f, 'nothing')
f.close()
print repr(f).startswith("<closed file '%s', mode 'w' at 0x" % path)

g = open(unicode(path))
print repr(g).startswith("<open file u'%s', mode 'r'" % path), type(g.name).__name__
g.close()

# with: __exit__ closes, also when the block raises.
with open(path, 'w') as f:
    print f.closed,
    f.write('with')
print f.closed
try:
    with open(path) as f:
        print f.read(),
        raise KeyError('k')
except KeyError as e:
    print 'KeyError', e, f.closed
print f.__exit__(None, None, None), f.__exit__(1, 2, 3)

# Subclasses: __init__ opens through file.__init__; methods can be overridden.
class Upper(file):
    def __init__(self, name):
        file.__init__(self, name, 'w')
        self.count = 0

    def write(self, s):
        self.count += 1
        file.write(self, s.upper())

u = Upper(path)
print type(u).__name__, isinstance(u, file), u.mode, u.closed, repr(u).startswith('<open file')
u.write('abc')
u.writelines(['def\n'])
print >>u, 'print', 1
u.close()
print u.count, repr(open(path).read())


class Plain(file):
    pass

p = Plain(path)
print p.read(), p.name == path, [x for x in Plain(path, 'r')]
p.extra = 5
print p.extra
p.close()

# file.__new__ gives a closed, uninitialized file; __init__ (re)opens it.
h = file.__new__(file)
print repr(h).startswith("<closed file '<uninitialized file>', mode '<uninitialized file>'")
print h.closed, h.name, h.mode
attempt('read uninitialized', lambda: h.read())
attempt('close uninitialized', lambda: h.close())
h.__init__(path)
print h.closed, repr(h.read())
h.__init__(path, 'a')
print h.mode, h.closed
h.close()
os.remove(path)

# The attributes are descriptors of the type, so dir() lists them.
print sorted(set(dir(file)) - set(dir(object)))
print file.closed, file.name, file.newlines, file.softspace, file.encoding
print hasattr(file, 'mode'), 'closed' in dir(open(__file__))
try:
    file.closed.__get__(5)
except TypeError as e:
    print e
