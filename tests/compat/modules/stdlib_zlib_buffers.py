# zlib buffer growth: Decompress.decompress max_length around the 16 KiB
# default buffer, flush(length), decompress bufsize, and a compressor
# interleaving Z_SYNC_FLUSH / Z_FULL_FLUSH (chunk sizes must match 2.7).
import zlib
data = ''.join([chr((i * 7 + i // 13) % 256) for i in xrange(300000)])
c = zlib.compress(data, 1)
for ml in [1, 100, 16383, 16384, 16385, 20000, 50000, 299999, 300000, 400000]:
    d = zlib.decompressobj()
    out = d.decompress(c, ml)
    print ml, len(out), len(d.unconsumed_tail), len(d.unused_data), zlib.crc32(out)
    rest = d.flush(ml if ml > 0 else 1)
    print '  ', len(rest), len(d.unconsumed_tail), (out + rest) == data
d = zlib.decompressobj()
x = d.decompress(c + 'extra', 300000)
print len(x), repr(d.unconsumed_tail[:10]), repr(d.unused_data)
d = zlib.decompressobj()
x = d.decompress(c + 'extra', 299990)
print len(x), len(d.unconsumed_tail), repr(d.unused_data), len(d.decompress(d.unconsumed_tail)), repr(d.unused_data)
for bs in [1, 2, 1000, 16384, 10 ** 6]:
    print bs, zlib.decompress(c, 15, bs) == data
co = zlib.compressobj(9, zlib.DEFLATED, 15, 9)
parts = []
for i in range(0, len(data), 7777):
    parts.append(co.compress(data[i:i + 7777]))
    if i % 3 == 0:
        parts.append(co.flush(zlib.Z_SYNC_FLUSH))
    if i % 5 == 0:
        parts.append(co.flush(zlib.Z_FULL_FLUSH))
parts.append(co.flush())
print [len(p) for p in parts][:20], zlib.crc32(''.join(parts))
