# zlib.compressobj / decompressobj: flush modes, max_length with
# unconsumed_tail, unused_data, copy(), ended streams and their errors.
import zlib


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e


co = zlib.compressobj()
print type(co).__name__, repr(co.compress('abc')), repr(co.flush())
attempt('compress after finish', co.compress, 'x')
attempt('flush after finish', co.flush)
attempt('copy after finish', co.copy)

co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
print repr(co.compress('abcabcabc' * 20) + co.flush(zlib.Z_SYNC_FLUSH))
print repr(co.flush(zlib.Z_FULL_FLUSH)), repr(co.flush())
co = zlib.compressobj(1)
print repr(co.compress('abc')), repr(co.flush(zlib.Z_NO_FLUSH)), repr(co.flush(zlib.Z_FINISH))
co = zlib.compressobj()
print repr(co.flush(zlib.Z_NO_FLUSH)), repr(co.flush(zlib.Z_SYNC_FLUSH)), repr(co.compress('')), repr(co.flush(5))
attempt('flush mode 7', co.flush, 7)
print repr(co.flush())
for strategy in [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY]:
    for wbits in [9, 12, 15, -15]:
        co = zlib.compressobj(6, zlib.DEFLATED, wbits, 8, strategy)
        parts = [co.compress('spam and eggs %d ' % i) for i in range(300)]
        out = ''.join(parts) + co.flush()
        print strategy, wbits, len(out), zlib.crc32(out), zlib.decompress(out, wbits) == ''.join(['spam and eggs %d ' % i for i in range(300)])
for args in [(10,), (1, 9), (1, 8, 30), (1, 8, 15, 10), (1, 8, 15, 8, 9), ('a',), (1, 8, 9, 1, 2)]:
    attempt('compressobj%r' % (args,), lambda *a: type(zlib.compressobj(*a)).__name__, *args)
attempt('compressobj kw', zlib.compressobj, level=1)
attempt('compressobj 6', zlib.compressobj, 1, 2, 3, 4, 5, 6)
attempt('compress no arg', zlib.compressobj().compress)
attempt('compress int', zlib.compressobj().compress, 1)
attempt('compress non-ascii', zlib.compressobj().compress, u'\xe9')
attempt('flush str', zlib.compressobj().flush, 'a')
attempt('copy arg', zlib.compressobj().copy, 1)
co = zlib.compressobj()
co.compress('hello')
co2 = co.copy()
co2.compress(' there')
print repr(co.flush()), repr(co2.flush())

payload = 'hello world' * 10
c = zlib.compress(payload)
do = zlib.decompressobj()
print type(do).__name__, repr(do.unused_data), repr(do.unconsumed_tail)
print repr(do.decompress(c[:10])), len(do.decompress(c[10:] + 'tail')), repr(do.unused_data), repr(do.flush())

c = zlib.compress('hello')
do = zlib.decompressobj()
print repr(do.decompress(c + 'tail')), repr(do.unused_data)
print repr(do.decompress('more')), repr(do.unused_data), repr(do.unconsumed_tail)
print repr(do.flush()), repr(do.unused_data)
attempt('decompress after end', do.decompress, 'x')
attempt('copy after end', do.copy)

do = zlib.decompressobj()
print repr(do.decompress(c[:3])), repr(do.decompress(c[3:], 2)), repr(do.unconsumed_tail)
print repr(do.decompress(do.unconsumed_tail)), repr(do.unused_data), repr(do.unconsumed_tail), repr(do.flush())

big = zlib.compress('x' * 1000 + 'y' * 1000)
do = zlib.decompressobj()
r = do.decompress(big, 100)
print len(r), len(do.unconsumed_tail), repr(do.unused_data)
r = do.decompress(do.unconsumed_tail, 5000)
print len(r), len(do.unconsumed_tail), repr(r[-3:])
do = zlib.decompressobj()
r = do.decompress(big, 100)
print len(r), len(do.flush()), len(do.unconsumed_tail)
do = zlib.decompressobj()
chunks = []
data = big
while data:
    chunks.append(do.decompress(data, 64))
    data = do.unconsumed_tail
print len(chunks), [len(x) for x in chunks][:5], ''.join(chunks) == 'x' * 1000 + 'y' * 1000
attempt('max_length -1', zlib.decompressobj().decompress, big, -1)
print len(zlib.decompressobj().decompress(big, 0))
do = zlib.decompressobj()
print len(do.decompress(big[:20])), repr(do.flush(1))
attempt('flush 0', do.flush, 0)
attempt('flush -1', do.flush, -1)
attempt('flush 2 args', do.flush, 1, 2)
do = zlib.decompressobj()
do.decompress(c[:-2])
print repr(do.flush()), repr(do.decompress('x'))
d = zlib.decompressobj()
d.decompress(zlib.compress('x' * 100000)[:50])
print len(d.flush(10)), repr(d.unconsumed_tail)
print repr(zlib.decompressobj().flush()), repr(zlib.decompressobj().decompress(''))

attempt('garbage', zlib.decompressobj().decompress, 'abc')
attempt('raw garbage', zlib.decompressobj(-15).decompress, 'x\x9cgarbage')
attempt('decompressobj 1', zlib.decompressobj, 1)
attempt('decompressobj kw', zlib.decompressobj, wbits=15)
attempt('decompress none', zlib.decompressobj().decompress)
attempt('decompress int', zlib.decompressobj().decompress, 1)
attempt('max_length str', zlib.decompressobj().decompress, 'a', 'b')
do = zlib.decompressobj()
try:
    type(do)()
except TypeError as e:
    print e

do = zlib.decompressobj()
do.decompress(big[:10])
d2 = do.copy()
print len(do.decompress(big[10:])), len(d2.decompress(big[10:]))

gz = '\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00'
print repr(zlib.decompressobj(31).decompress(gz)), repr(zlib.decompressobj(47).decompress(gz + 'xyz'))
co = zlib.compressobj(6, zlib.DEFLATED, 31)
out = co.compress('gzip body') + co.flush()
print repr(out[:3]), len(out), repr(zlib.decompress(out, 31))
