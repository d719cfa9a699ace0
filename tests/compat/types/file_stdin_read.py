# Reading sys.stdin (from file_stdin_read.in): readline, iteration and its
# read-ahead, raw_input with and without a prompt, and EOF.
import sys


def attempt(label, fn):
    try:
        r = fn()
    except (IOError, ValueError, TypeError, EOFError, RuntimeError) as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)


print 'a',
x = raw_input('prompt> ')
print repr(x)
print repr(sys.stdin.readline())
print 'b',
y = raw_input()
print repr(y), sys.stdout.softspace
print repr(sys.stdin.read(4)), repr(sys.stdin.readline(3))
attempt('raw_input int prompt', lambda: raw_input(42))
attempt('raw_input two', lambda: raw_input(1, 2))
for line in sys.stdin:
    print repr(line)
    break
attempt('readline after iteration', lambda: sys.stdin.readline())
attempt('raw_input after iteration', lambda: raw_input())
print repr(next(sys.stdin))
print list(sys.stdin)
attempt('readline at end', lambda: sys.stdin.readline())
attempt('read at end', lambda: sys.stdin.read())


class FakeIn(object):
    def __init__(self, lines):
        self.lines = lines

    def readline(self):
        return self.lines.pop(0)


class FakeOut(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sys.stdin = FakeIn(['fake line\n', u'uni line\n', 'no newline', '', 5])
attempt('fake', lambda: raw_input('q1 '))
attempt('fake unicode', lambda: raw_input('q2 '))
attempt('fake no newline', lambda: raw_input())
attempt('fake eof', lambda: raw_input())
attempt('fake non-string', lambda: raw_input())
out = FakeOut()
sys.stdin = FakeIn(['x\n'])
sys.stdout = out
print 'z',
r = raw_input(['p'])
sys.stdout = sys.__stdout__
print out.parts, repr(r), out.softspace
del sys.stdin
attempt('lost stdin', lambda: raw_input())
sys.stdin = sys.__stdin__
del sys.stdout
try:
    raw_input()
except RuntimeError as e:
    sys.__stdout__.write('lost stdout: %s\n' % e)
sys.stdout = sys.__stdout__
sys.stdin.close()
attempt('closed stdin', lambda: raw_input())
