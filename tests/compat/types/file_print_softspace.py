# print >>f to real files: the softspace flag, write() clearing it, and
# print to read-only or closed files.
import os
path = '/tmp/pytrans_test_file_print_%d' % os.getpid()


def attempt(label, fn):
    try:
        r = fn()
    except (IOError, ValueError) as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)


f = open(path, 'w')
print >>f, 'a', 1,
print f.softspace,
print >>f, 'b\t',
print f.softspace,
print >>f, 'c ',
print f.softspace,
print >>f
print f.softspace
f.softspace = 5
print >>f, 'd'
print >>f, 'e',
f.write('')
print f.softspace,
print >>f, 'f',
f.writelines([])
print f.softspace,
print >>f, 'g'
print >>f, u'uni', 2.5, None, [1, 'x'], (u'\xe9',)
print >>f, 'x\n',
print >>f, 'y'
print f.softspace
f.close()
print repr(open(path).read())

# print to a file that is not open for writing: stdio refuses with EBADF.
r = open(path)
def print_to_r():
    print >>r, 'x'
attempt('print to r', print_to_r)
def print_to_r_comma():
    print >>r, 'x',
attempt('print to r with comma', print_to_r_comma)
print r.softspace
r.close()
def print_to_closed():
    print >>r, 'y'
attempt('print to closed', print_to_closed)
def print_empty_to_closed():
    print >>r
attempt('print newline to closed', print_empty_to_closed)
print repr(open(path).read())

# print >>f with a non-ascii unicode item fails before writing it.
f = open(path, 'w')
def print_unicode():
    print >>f, 'ok', u'\xe9'
attempt('print non-ascii', print_unicode)
f.close()
print repr(open(path).read())
os.remove(path)
