# Reading a file that grows while open: which read methods see the new data
# after meeting the end of file (2.7 leaves stdio's end-of-file flag set;
# readline clears it, and reads of 8192 bytes or more bypass it).
import os
path = '/tmp/pytrans_test_file_eof_reread_%d' % os.getpid()
ops = {
    'read': lambda r: r.read(),
    'read5': lambda r: r.read(5),
    'readline': lambda r: r.readline(),
    'list': lambda r: list(r),
    'readlines': lambda r: r.readlines(),
}
for a in sorted(ops):
    for b in sorted(ops):
        w = open(path, 'w', 0)
        r = open(path)
        w.write('1\n')
        x = ops[a](r)
        y = ops[a](r)
        w.write('2\n')
        z = ops[b](r)
        z2 = ops[b](r)
        w.write('3\n')
        z3 = r.readline()
        print a, b, repr(x), repr(y), repr(z), repr(z2), repr(z3)
        w.close()
        r.close()
os.remove(path)
