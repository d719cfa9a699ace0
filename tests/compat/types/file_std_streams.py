# sys.stdin, sys.stdout and sys.stderr are file objects.
import sys


def attempt(label, fn):
    try:
        r = fn()
    except (IOError, ValueError, TypeError) as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)


for s in [sys.stdin, sys.stdout, sys.stderr]:
    print type(s).__name__, s.name, s.mode, s.closed, s.encoding, s.errors, s.newlines, s.softspace,
    print repr(s).startswith("<open file '%s', mode '%s' at 0x" % (s.name, s.mode)), s.fileno()
print sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__
attempt('stdin.write', lambda: sys.stdin.write('x'))
attempt('stdout.read', lambda: sys.stdout.read())
attempt('stderr.readline', lambda: sys.stderr.readline())
attempt('stdout.write int', lambda: sys.stdout.write(1))
attempt('stdout.write unicode', lambda: sys.stdout.write(u'uni\n'))
attempt('stdout.write non-ascii', lambda: sys.stdout.write(u'\xe9'))
attempt('stdout.flush', lambda: sys.stdout.flush())
attempt('stdin.isatty', lambda: sys.stdin.isatty())
print >>sys.stderr, 'to stderr', 1
sys.stderr.write('direct\n')
sys.stderr.writelines(['lines', '\n'])
print 'pending',
sys.stdout.softspace = 0
print 'no space'
print 'end',
