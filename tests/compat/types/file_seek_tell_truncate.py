# seek(offset, whence), tell() and truncate(size).
import os
path = '/tmp/pytrans_test_file_seek_%d' % os.getpid()


def attempt(label, fn):
    try:
        r = fn()
    except (IOError, ValueError, TypeError, OverflowError) as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)


with open(path, 'wb') as f:
    f.write('0123456789')
f = open(path)
attempt('seek(3)', lambda: f.seek(3))
attempt('tell', lambda: f.tell())
attempt('seek(2, 1)', lambda: f.seek(2, 1))
attempt('read(1)', lambda: f.read(1))
attempt('seek(-2, 2)', lambda: f.seek(-2, 2))
attempt('read()', lambda: f.read())
attempt('seek(-1, 1)', lambda: f.seek(-1, 1))
attempt('read()', lambda: f.read())
attempt('seek(100)', lambda: f.seek(100))
attempt('read() past end', lambda: f.read())
attempt('tell past end', lambda: f.tell())
attempt('seek(-5)', lambda: f.seek(-5))
attempt('seek(0, 3)', lambda: f.seek(0, 3))
attempt('seek(0, -1)', lambda: f.seek(0, -1))
attempt('seek(1.5)', lambda: (f.seek(1.5), f.tell()))
attempt('seek(2L)', lambda: (f.seek(2L), f.tell()))
attempt('seek(True)', lambda: (f.seek(True), f.tell()))
attempt("seek('x')", lambda: f.seek('x'))
attempt('seek(None)', lambda: f.seek(None))
attempt('seek(0, None)', lambda: f.seek(0, None))
attempt('seek(0, 1.0)', lambda: f.seek(0, 1.0))
attempt('seek(2**70)', lambda: f.seek(2 ** 70))
attempt('seek(kw)', lambda: f.seek(offset=0))
f.close()

f = open(path, 'r+')
f.seek(3)
print f.truncate(), f.tell(), os.path.getsize(path)
f.seek(1)
print f.truncate(6), f.tell(), os.path.getsize(path)
print f.truncate(20), f.tell(), os.path.getsize(path)
print repr(open(path, 'rb').read())
attempt('truncate(None)', lambda: f.truncate(None))
attempt('truncate(-1)', lambda: f.truncate(-1))
attempt("truncate('x')", lambda: f.truncate('x'))
attempt('truncate(1, 2)', lambda: f.truncate(1, 2))
f.close()

# Writing, then seeking back and reading, on one w+ file.
f = open(path, 'w+')
f.write('hello world')
print f.tell()
f.seek(6)
print repr(f.read())
f.seek(0)
f.write('J')
f.seek(0)
print repr(f.readline()), f.tell()
f.close()
os.remove(path)
