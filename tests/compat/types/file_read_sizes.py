# read(n), readline(n), readlines(hint), readinto: sizes, types and errors.
import os
path = '/tmp/pytrans_test_file_read_sizes_%d' % os.getpid()


def attempt(label, fn):
    try:
        r = fn()
    except (IOError, ValueError, TypeError, OverflowError) as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)


with open(path, 'wb') as f:
    f.write('a\nbb\r\ncc\rdd\n\nlast')

f = open(path)
attempt('readline(1)', lambda: f.readline(1))
attempt('readline(0)', lambda: f.readline(0))
attempt('readline(-1)', lambda: f.readline(-1))
attempt('readline(3)', lambda: f.readline(3))
attempt('tell', lambda: f.tell())
attempt('readline(x)', lambda: f.readline('x'))
attempt('readline(None)', lambda: f.readline(None))
attempt('readline(2.5)', lambda: f.readline(2.5))
attempt('readline(2L)', lambda: f.readline(2L))
attempt('readline(big)', lambda: f.readline(2 ** 70))
attempt('read(None)', lambda: f.read(None))
attempt('read(2.5)', lambda: f.read(2.5))
attempt('read(1, 2)', lambda: f.read(1, 2))
attempt('read(size=1)', lambda: f.read(size=1))
attempt('read(0)', lambda: f.read(0))
attempt('read(3)', lambda: f.read(3))
attempt('readlines(1)', lambda: f.readlines(1))
attempt('readlines()', lambda: f.readlines())
attempt('read() at end', lambda: f.read())
attempt('readline() at end', lambda: f.readline())
attempt('read(5) at end', lambda: f.read(5))
f.seek(0)
attempt('read(-5)', lambda: f.read(-5))
f.seek(0)
attempt('readlines(-2)', lambda: f.readlines(-2))
f.seek(0)
attempt('readlines(x)', lambda: f.readlines('x'))
attempt('readlines(5)', lambda: f.readlines(5))
f.seek(0)
b = bytearray(4)
attempt('readinto', lambda: (f.readinto(b), str(b)))
attempt('readinto', lambda: (f.readinto(b), str(b)))
attempt('readinto str', lambda: f.readinto('abcd'))
attempt('readinto none', lambda: f.readinto())
f.seek(-3, 2)
attempt('readinto end', lambda: (f.readinto(b), str(b)))
attempt('readinto eof', lambda: (f.readinto(b), str(b)))
f.close()

# Long lines and many lines: readlines(hint) reads whole chunks, so the
# hint is a lower bound and the last partial line is completed.
with open(path, 'w') as f:
    f.write('x' * 30000 + '\nyy\n')
    for i in range(3000):
        f.write('%d\n' % i)
f = open(path)
lines = f.readlines(10)
print len(lines), [len(x) for x in lines[:3]], repr(lines[-1]), f.tell()
lines = f.readlines(10)
print len(lines), repr(lines[0]), repr(lines[-1]), f.tell()
print len(f.readlines()), f.tell()
f.seek(0)
print len(f.readline()), len(f.read(100000)), f.tell()
f.close()
os.remove(path)
