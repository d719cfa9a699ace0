# Write errors reported by stdio: /dev/full fails with ENOSPC when the
# buffer is flushed (write, flush, close, or the end of a with block).
def t(label, fn):
    try:
        r = fn()
        print label, 'ok', repr(r)
    except Exception as e:
        print label, type(e).__name__, e
f = open('/dev/full', 'w')
t('write', lambda: f.write('x'))
t('flush', lambda: f.flush())
t('write2', lambda: f.write('y'))
t('close', lambda: f.close())
print f.closed
t('close again', lambda: f.close())
f = open('/dev/full', 'w')
t('big write', lambda: f.write('x' * 10000))
t('tell', lambda: f.tell())
t('close', lambda: f.close())
f = open('/dev/full', 'w', 0)
t('unbuffered write', lambda: f.write('x'))
def p(): print >>f, 'hello'
t('print', p)
t('writelines', lambda: f.writelines(['a', 'b']))
t('close', lambda: f.close())
f = open('/dev/null', 'w')
t('null tell', lambda: f.tell())
f.write('abc')
t('null tell', lambda: f.tell())
t('null isatty', lambda: f.isatty())
f = open('/dev/null')
t('null read', lambda: f.read())
t('null readline', lambda: f.readline())
t('null list', lambda: list(f))
with open('/dev/full', 'w') as g:
    g.write('q')
