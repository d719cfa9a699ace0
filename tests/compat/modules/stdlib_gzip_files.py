# gzip: GzipFile writing (header bytes, FNAME, mtime, levels) and reading
# (members, padding, readline/readlines/iteration, seek), 2.7's errors for
# bad magic, method, CRC, length and truncation. Files are closed explicitly.
import gzip, StringIO, os
def put(name, data):
    fh = open(name, 'wb')
    fh.write(data)
    fh.close()
def get(name):
    fh = open(name, 'rb')
    data = fh.read()
    fh.close()
    return data
def attempt(label, f, *a):
    try: print label, repr(f(*a))
    except Exception as e: print label, type(e).__name__, e
print gzip.READ, gzip.WRITE, gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT
f = gzip.GzipFile('gztmp_x.gz', 'wb', mtime=0)
print f.write('hello'), f.mode, f.name, f.tell(), f.closed
f.close()
print f.closed
d = get('gztmp_x.gz')
print repr(d)
f = gzip.open('gztmp_x.gz')
print f.mode, f.read(2), f.read(), repr(f.read()), f.tell(), f.mtime
f.close()
attempt('read closed', f.read)
put('gztmp_bad.gz', 'not gzip data')
attempt('bad', lambda: gzip.open('gztmp_bad.gz').read())
put('gztmp_t.gz', d[:-3])
attempt('truncated trailer', lambda: gzip.open('gztmp_t.gz').read())
put('gztmp_c.gz', d[:-8] + 'XXXX' + d[-4:])
attempt('crc', lambda: gzip.open('gztmp_c.gz').read())
put('gztmp_l.gz', d[:-4] + 'XXXX')
attempt('length', lambda: gzip.open('gztmp_l.gz').read())
put('gztmp_m.gz', d + d + '\0\0\0')
attempt('members+padding', lambda: gzip.open('gztmp_m.gz').read())
put('gztmp_j.gz', d + 'junk')
attempt('junk after', lambda: gzip.open('gztmp_j.gz').read())
put('gztmp_e.gz', '')
attempt('empty file', lambda: gzip.open('gztmp_e.gz').read())
put('gztmp_h.gz', d[:6])
attempt('short header', lambda: gzip.open('gztmp_h.gz').read())
put('gztmp_k.gz', d[:2] + '\x07' + d[3:])
attempt('method', lambda: gzip.open('gztmp_k.gz').read())
f = gzip.open('gztmp_x.gz', 'rb')
attempt('write on read', f.write, 'x')
g = gzip.open('gztmp_y.gz', 'wb')
attempt('read on write', g.read)
g.close()
attempt('write closed', g.write, 'x')
attempt('mode', gzip.GzipFile, None, 'q', 9, StringIO.StringIO())
s = StringIO.StringIO()
g = gzip.GzipFile(fileobj=s, mode='wb', mtime=1)
g.write('a\nb\n' * 3)
g.writelines(['c\n', 'dd'])
g.close()
print repr(s.getvalue())
g = gzip.GzipFile(fileobj=StringIO.StringIO(s.getvalue()))
print repr(g.readline()), g.readlines(), g.name == ''
print list(gzip.GzipFile(fileobj=StringIO.StringIO(s.getvalue())))
g = gzip.GzipFile(fileobj=StringIO.StringIO(s.getvalue()))
print repr(g.readline(1)), repr(g.readline(5)), repr(g.read(3)), g.tell(), g.readlines(3)
with gzip.open('gztmp_x.gz') as z:
    print z.read(), z.closed
print z.closed
big = ''.join(['line %d %s\n' % (i, 'x' * (i % 37)) for i in range(20000)])
for level in [1, 6, 9]:
    g = gzip.GzipFile('gztmp_big.gz', 'wb', level, mtime=12345)
    g.write(big[:100000]); g.write(big[100000:])
    g.close()
    raw = get('gztmp_big.gz')
    print level, len(raw), repr(raw[:16])
    r = gzip.open('gztmp_big.gz')
    lines = r.readlines()
    print len(lines), ''.join(lines) == big, r.tell()
    r.close()
r = gzip.GzipFile(fileobj=StringIO.StringIO(get('gztmp_big.gz')))
r.seek(1000); print repr(r.read(10)), r.tell()
r.seek(5, 1); print repr(r.read(10))
r.seek(10); print repr(r.read(5))
attempt('seek end', r.seek, 0, 2)
r.rewind(); print repr(r.read(8))
w = gzip.GzipFile('gztmp_sk.gz', 'wb', mtime=0)
w.write('ab'); w.seek(5); w.write('cd'); attempt('neg seek', w.seek, 1); w.close()
print repr(gzip.open('gztmp_sk.gz').read())
w = gzip.GzipFile('gztmp_u.txt.gz', 'w', mtime=7)
w.write('x'); w.flush(); w.close()
print repr(get('gztmp_u.txt.gz')[:20])
w = gzip.GzipFile('gztmp_nogz', 'w', mtime=7); w.close()
print repr(get('gztmp_nogz')[:16])
print gzip.open('gztmp_x.gz').filename, gzip.open('gztmp_x.gz').readable(), gzip.open('gztmp_x.gz').writable()
for n in ['gztmp_x.gz', 'gztmp_y.gz', 'gztmp_bad.gz', 'gztmp_t.gz', 'gztmp_c.gz', 'gztmp_l.gz', 'gztmp_m.gz', 'gztmp_j.gz', 'gztmp_e.gz', 'gztmp_h.gz', 'gztmp_k.gz', 'gztmp_big.gz', 'gztmp_sk.gz', 'gztmp_u.txt.gz', 'gztmp_nogz']:
    os.remove(n)
