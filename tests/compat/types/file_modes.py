# open() mode strings: the mode attribute keeps the text given, 'U' rules,
# invalid modes, and which operations each mode allows.
import os
path = '/tmp/pytrans_test_file_modes_%d' % os.getpid()


def attempt(label, fn):
    try:
        r = fn()
    except (IOError, ValueError, TypeError) as e:
        print label, '->', type(e).__name__, str(e).replace(path, 'PATH'), getattr(e, 'errno', '')
    else:
        print label, '=', repr(r)


with open(path, 'w') as f:
    f.write('abc\r\ndef')

for mode in ['r', 'rb', 'rt', 'r+', 'r+b', 'rb+', 'U', 'rU', 'Ur', 'Ub', 'bU', 'rbU', 'U+',
             'rw', 'ra', 'rbx', 'a', 'a+', 'w+', 'wU', 'aU', 'x', 'b', '+', '', 'Ux', 'r\0']:
    def try_mode():
        f = open(path, mode)
        try:
            return f.mode, f.closed, f.newlines, f.read(), f.newlines
        finally:
            f.close()
    attempt('mode %r' % mode, try_mode)
    if mode and mode[0] in 'wa':
        with open(path, 'w') as f:
            f.write('abc\r\ndef')

# The readable/writable flags follow the letters of the mode.
f = open(path)
attempt('write on r', lambda: f.write('x'))
attempt('writelines on r', lambda: f.writelines(['x']))
attempt('truncate on r', lambda: f.truncate())
attempt('flush on r', lambda: f.flush())
f.close()
f = open(path, 'a')
attempt('read on a', lambda: f.read())
attempt('readline on a', lambda: f.readline())
attempt('readlines on a', lambda: f.readlines())
attempt('next on a', lambda: f.next())
attempt('iter on a', lambda: list(f))
attempt('readinto on a', lambda: f.readinto(bytearray(2)))
attempt('tell on a', lambda: f.tell())
f.close()
# "rw" opens read-only but counts as writable: stdio refuses the write.
f = open(path, 'rw')
attempt('write on rw', lambda: f.write('x'))
attempt('read on rw', lambda: f.read())
f.close()
attempt('wx on existing', lambda: open(path, 'wx'))
f = open(path, 'a')
f.write('!')
print 'append tell', f.tell()
f.close()
f = open(path, 'r+')
f.write('Z')
print 'r+ read after write', repr(f.read())
f.close()
print repr(open(path, 'rb').read())
os.remove(path)
