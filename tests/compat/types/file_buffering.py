# The buffering argument of open() (0 unbuffered, 1 line buffered, n bytes),
# seen through a separate descriptor while the file is still open.
import os
path = '/tmp/pytrans_test_file_buffering_%d' % os.getpid()


def on_disk():
    fd = os.open(path, os.O_RDONLY)
    try:
        return os.read(fd, 1000)
    finally:
        os.close(fd)


for b in [0, 1, 2, 5, 100, -1, 100000]:
    f = open(path, 'w', b)
    f.write('ab')
    r1 = on_disk()
    f.write('c\nd')
    r2 = on_disk()
    f.write('e' * 200)
    r3 = on_disk()
    f.flush()
    r4 = on_disk()
    f.write('tail')
    f.close()
    print b, repr(r1), repr(r2), len(r3), len(r4), len(on_disk())
os.remove(path)
