# Iterating a file: next(), xreadlines, the read-ahead buffer that makes
# read methods refuse to run ("Mixing iteration..."), and seek() clearing it.
import os
path = '/tmp/pytrans_test_file_iteration_%d' % os.getpid()


def attempt(label, fn):
    try:
        r = fn()
    except (IOError, ValueError, StopIteration) as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)


with open(path, 'w') as f:
    f.write('\n'.join(str(i) * (i % 7) for i in range(3000)))

f = open(path)
print iter(f) is f, f.xreadlines() is f
n = 0
for line in f:
    n += 1
    if n == 2000:
        break
# tell() does not count the read-ahead: it is where the file position is.
print n, f.tell()
attempt('next', lambda: f.next())
attempt('read', lambda: f.read(1))
attempt('readline', lambda: f.readline())
attempt('readlines', lambda: f.readlines())
attempt('readinto', lambda: f.readinto(bytearray(1)))
attempt('tell', lambda: f.tell())
f.seek(f.tell())
attempt('readline after seek', lambda: f.readline())
print len(list(f)), f.tell()
attempt('next at end', lambda: f.next())
attempt('read at end', lambda: f.read())
f.seek(0)
attempt('readline at start', lambda: f.readline())
attempt('next after readline', lambda: f.next())
attempt('readline after next', lambda: f.readline())
f.close()

# A line longer than a read-ahead chunk.
with open(path, 'w') as f:
    f.write('x' * 30000 + '\nyy\n' + 'z' * 20000)
f = open(path)
it = iter(f)
print len(next(it)), f.tell(), repr(next(it)), f.tell(), len(next(it)), f.tell()
attempt('next at end', lambda: next(it))
f.close()

# enumerate, zip and list comprehensions all use next().
with open(path, 'w') as f:
    f.writelines(['one\n', 'two\n', 'three'])
print list(enumerate(open(path)))
print [l.strip().upper() for l in open(path) if 'o' in l]
print zip(open(path), 'ab')
print sorted(open(path), reverse=True)
print 'two\n' in open(path), 'four\n' in open(path)

# Once iteration has met the end of file it stays there until a seek, even
# if the file grows (2.7 keeps its empty read-ahead buffer).
w = open(path, 'a', 0)
r = open(path)
print list(r)
w.write('\nfour\n')
print list(r), repr(r.readline())
r.seek(0, 1)
print list(r)
w.close()
r.close()
os.remove(path)
