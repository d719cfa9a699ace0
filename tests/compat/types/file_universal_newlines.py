# Universal newlines ('U'): translation, the newlines attribute, and tell().
import os
path = '/tmp/pytrans_test_file_universal_newlines_%d' % os.getpid()


def write(data):
    with open(path, 'wb') as f:
        f.write(data)


write('a\nbb\r\ncc\rdd\n\nlast')
f = open(path, 'U')
print repr(f.newlines)
print repr(f.readline()), repr(f.newlines), f.tell()
print repr(f.readline()), repr(f.newlines), f.tell()
print repr(f.readline()), repr(f.newlines), f.tell()
print repr(f.read()), repr(f.newlines), f.tell()
f.seek(0)
print repr(f.read(5)), f.tell(), repr(f.read(2)), f.tell()
print list(f), repr(f.newlines)
f.seek(0)
print f.readlines()
f.close()

for data in ['\r\n', '\r', '\n', 'x\ry\r\n', 'x\r\n\n', 'a\r', '\n\r', '\r\r\n\n', 'x\ry', '', 'plain']:
    write(data)
    results = []
    for how in ['read', 'list', 'chars', 'lines']:
        f = open(path, 'rU')
        if how == 'read':
            r = f.read()
        elif how == 'list':
            r = list(f)
        elif how == 'chars':
            r = [f.read(1) for i in range(4)]
        else:
            r = [f.readline() for i in range(3)]
        results.append((r, f.newlines, f.tell()))
        f.close()
    print repr(data), results

# tell() after a '\r' that ends a read looks at the next byte.
write('ab\r\ncd')
f = open(path, 'U')
print repr(f.read(3)), f.tell(), repr(f.newlines), repr(f.read()), repr(f.newlines)
f.close()
f = open(path, 'U')
print repr(f.read(3)), repr(f.read(1)), repr(f.newlines)
f.seek(0)
print repr(f.read())
f.close()

# Without 'U' nothing is translated and newlines stays None.
f = open(path)
print repr(f.read()), f.newlines
f.close()

# Translation across the 8192-byte read chunks.
write(('x' * 8191 + '\r\n' + 'y' * 5 + '\r') * 3 + 'z\r\n')
f = open(path, 'U')
print [len(l) for l in f], f.newlines, f.tell()
f.seek(0)
print len(f.read()), f.newlines
f.seek(0)
print [len(l) for l in f.readlines()]
f.seek(0)
print [len(f.readline()) for i in range(8)], f.tell()
f.seek(0)
print [len(f.read(8192)) for i in range(4)], f.tell()
f.close()
os.remove(path)
