# open()/file() arguments and the IOError of a failed open.
import os
path = '/tmp/pytrans_test_file_open_args_%d' % os.getpid()


def attempt(label, fn):
    try:
        r = fn()
    except (IOError, ValueError, TypeError) as e:
        print label, '->', type(e).__name__, str(e).replace(path, 'PATH')
        if isinstance(e, IOError):
            print '   ', e.errno, repr(e.strerror), repr(e.filename).replace(path, 'PATH'), len(e.args)
    else:
        r.close()
        print label, '=', type(r).__name__, r.name == path, r.mode


with open(path, 'w') as f:
    f.write('data\n')

attempt('plain', lambda: open(path))
attempt('keywords', lambda: open(name=path, mode='r', buffering=1))
attempt('file keywords', lambda: file(path, mode='rb'))
attempt('unicode name', lambda: open(unicode(path)))
attempt('unicode mode', lambda: open(path, u'r'))
attempt('no args', lambda: open())
attempt('mode only', lambda: open(mode='r'))
attempt('bad keyword', lambda: open(path, bad=1))
attempt('bad keyword, no name', lambda: open(filename=path))
attempt('name twice', lambda: open(path, name=path))
attempt('too many', lambda: open(path, 'r', 1, 2))
attempt('int name', lambda: open(1))
attempt('None name', lambda: open(None))
attempt('list name', lambda: open([path]))
attempt('NUL in name', lambda: open('a\0b'))
attempt('NUL in unicode name', lambda: open(u'a\0b'))
attempt('int mode', lambda: open(path, 1))
attempt('str buffering', lambda: open(path, 'r', 'x'))
attempt('float buffering', lambda: open(path, 'r', 1.5))
attempt('long buffering', lambda: open(path, 'r', 10L))
attempt('missing', lambda: open('/nonexistent/x'))
attempt('missing for write', lambda: open('/nonexistent/x', 'w'))
attempt('missing unicode', lambda: open(u'/nonexistent/\xe9'))
attempt('empty name', lambda: open(''))
attempt('directory', lambda: open('/'))
attempt('directory w', lambda: open('/tmp', 'w'))
attempt('directory a', lambda: open('/tmp', 'a'))
attempt('directory r+', lambda: open('/tmp', 'r+'))
attempt('not a directory', lambda: open(path + '/x'))
# Kernel-defined refusals, the same for root: a read-only sysctl, and the
# running executable.
attempt('permission', lambda: open('/proc/sys/kernel/osrelease', 'w'))
attempt('text busy', lambda: open('/proc/self/exe', 'w'))
attempt('invalid mode for proc', lambda: open('/proc/self/status', 'a'))
print open.__name__, repr(open).split(' at ')[0], open is file
print type(open(path)) is file, isinstance(open(path), file)
os.remove(path)
