# write()/writelines() argument rules, text versus binary files, and every
# method of a closed file.
import os
path = '/tmp/pytrans_test_file_write_errors_%d' % os.getpid()


def attempt(label, fn):
    try:
        r = fn()
    except (IOError, ValueError, TypeError, UnicodeError) as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '=', repr(r)


for mode in ['w', 'wb']:
    f = open(path, mode)
    attempt(mode + ' write int', lambda: f.write(5))
    attempt(mode + ' write None', lambda: f.write(None))
    attempt(mode + ' write list', lambda: f.write(['a']))
    attempt(mode + ' write unicode', lambda: f.write(u'ab'))
    attempt(mode + ' write non-ascii', lambda: f.write(u'\xe9'))
    attempt(mode + ' write bytearray', lambda: f.write(bytearray('cd')))
    attempt(mode + ' write buffer', lambda: f.write(buffer('efgh', 1, 2)))
    attempt(mode + ' write none', lambda: f.write())
    attempt(mode + ' write two', lambda: f.write('a', 'b'))
    attempt(mode + ' write kw', lambda: f.write(s='a'))
    attempt(mode + ' writelines int', lambda: f.writelines(5))
    attempt(mode + ' writelines ints', lambda: f.writelines([1]))
    attempt(mode + ' writelines mixed', lambda: f.writelines(['X', 'Y', 3]))
    attempt(mode + ' writelines tuple', lambda: f.writelines(('t', 'u')))
    attempt(mode + ' writelines gen', lambda: f.writelines(c for c in 'vw'))
    attempt(mode + ' writelines str', lambda: f.writelines('xy'))
    attempt(mode + ' writelines dict', lambda: f.writelines({'k': 1}))
    attempt(mode + ' writelines bytearray', lambda: f.writelines([bytearray('ba')]))
    attempt(mode + ' writelines unicode', lambda: f.writelines([u'un']))
    attempt(mode + ' writelines none', lambda: f.writelines())
    f.close()
    print repr(open(path, 'rb').read())

# writelines() of non-ascii unicode: refused by a text file.
f = open(path, 'w')
attempt('text writelines non-ascii', lambda: f.writelines([u'\xe9']))
f.close()

# Methods of a closed file.
f = open(path, 'r+')
print f.close(), f.close(), f.closed
for name, args in [('read', ()), ('readline', ()), ('readlines', ()), ('write', ('x',)),
                   ('writelines', ([],)), ('seek', (0,)), ('tell', ()), ('truncate', ()),
                   ('flush', ()), ('isatty', ()), ('fileno', ()), ('next', ()),
                   ('xreadlines', ()), ('__enter__', ()), ('__iter__', ()),
                   ('readinto', (bytearray(1),)), ('__exit__', (None, None, None)),
                   ('close', ())]:
    attempt('closed ' + name, lambda: getattr(f, name)(*args))
attempt('closed iter()', lambda: iter(f))
attempt('closed list()', lambda: list(f))
print f.closed, f.mode, f.newlines, f.softspace, repr(f).startswith('<closed file ')

# Method arity errors.
f = open(path)
attempt('tell(1)', lambda: f.tell(1))
attempt('close(1)', lambda: f.close(1))
attempt('seek()', lambda: f.seek())
attempt('seek(1, 2, 3)', lambda: f.seek(1, 2, 3))
attempt('readlines(1, 2)', lambda: f.readlines(1, 2))
attempt('isatty(0)', lambda: f.isatty(0))
f.close()
os.remove(path)
