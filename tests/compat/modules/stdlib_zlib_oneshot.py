# zlib one-shot functions: compress at every level (bytes identical to
# CPython's), decompress with wbits/bufsize, 2.7's error texts, crc32 and
# adler32 (signed 32-bit results), constants.
import zlib


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e


for name in ['DEFLATED', 'DEF_MEM_LEVEL', 'MAX_WBITS', 'Z_BEST_COMPRESSION',
             'Z_BEST_SPEED', 'Z_DEFAULT_COMPRESSION', 'Z_DEFAULT_STRATEGY',
             'Z_FILTERED', 'Z_FINISH', 'Z_FULL_FLUSH', 'Z_HUFFMAN_ONLY',
             'Z_NO_FLUSH', 'Z_SYNC_FLUSH']:
    print name, getattr(zlib, name)
print issubclass(zlib.error, Exception), zlib.error.__name__, zlib.error.__module__

text = 'hello world ' * 50
noise = ''.join([chr((i * 1103515245 + 12345) >> 7 & 255) for i in xrange(5000)])
print repr(zlib.compress(''))
print repr(zlib.compress('hello'))
print repr(zlib.compress('hello world' * 10))
for level in range(-1, 10):
    c = zlib.compress(text, level)
    n = zlib.compress(noise, level)
    print level, len(c), repr(c[:12]), len(n), zlib.crc32(n), zlib.decompress(c) == text, zlib.decompress(n) == noise
big = ''.join([str(i * i) for i in xrange(20000)])
c = zlib.compress(big)
print len(big), len(c), zlib.adler32(c), zlib.decompress(c) == big
print zlib.decompress(c, 15, 1) == big, zlib.decompress(c, 0) == big, zlib.decompress(c, 15, -5) == big

attempt('level 10', zlib.compress, 'abc', 10)
attempt('level -2', zlib.compress, 'abc', -2)
attempt('level big', zlib.compress, 'abc', 2 ** 40)
attempt('level str', zlib.compress, 'abc', 'x')
attempt('level float', zlib.compress, 'abc', 1.0)
attempt('compress int', zlib.compress, 1)
attempt('compress none', zlib.compress)
attempt('compress 3', zlib.compress, 'a', 1, 2)
attempt('compress bytearray', zlib.compress, bytearray('ab'))
attempt('compress unicode', zlib.compress, u'abc')
attempt('compress non-ascii', zlib.compress, u'\xe9')
print zlib.decompress(zlib.compress(buffer('xxabc', 2))) == 'abc'

hello = zlib.compress('hello world' * 10)
for label, data in [('empty', ''), ('garbage', 'abc'), ('header only', 'x\x9c'),
                    ('truncated', hello[:-1]), ('short', hello[:5]),
                    ('trailing junk', hello + 'junk'),
                    ('empty stream', 'x\x9c\x03\x00\x00\x00\x00\x01'),
                    ('bad block', 'x\x9c\xff\xff'),
                    ('bad checksum', hello[:-1] + chr(ord(hello[-1]) ^ 1))]:
    attempt(label, zlib.decompress, data)
attempt('raw of zlib', zlib.decompress, hello, -15)
attempt('wbits 8', zlib.decompress, hello, 8)
attempt('wbits 31', zlib.decompress, hello, 31)
attempt('wbits 100', zlib.decompress, hello, 100)
attempt('bufsize float', zlib.decompress, hello, 15, 1.0)
attempt('bufsize str', zlib.decompress, hello, 15, 'x')
attempt('decompress kw', zlib.decompress, hello, wbits=15)
attempt('decompress 4', zlib.decompress, 'a', 1, 2, 3)
gz = '\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00'
attempt('gzip 31', zlib.decompress, gz, 31)
attempt('gzip 47', zlib.decompress, gz, 47)
attempt('gzip 15', zlib.decompress, gz)
raw = zlib.compressobj(6, zlib.DEFLATED, -15)
raw = raw.compress('raw data') + raw.flush()
attempt('raw', zlib.decompress, raw, -15)

for data in ['', 'a', 'hello', 'x' * 100, noise]:
    print zlib.crc32(data), zlib.adler32(data)
print zlib.crc32('hello', 5), zlib.crc32('hello', -1), zlib.crc32('hello', 2 ** 40)
print zlib.crc32('abc', 0xffffffff), zlib.crc32('abc', -2 ** 31), zlib.crc32('abc', 2 ** 64)
print zlib.crc32('abc', 10), zlib.crc32('abc', 10L), zlib.crc32('abc', 2 ** 32 + 10)
print zlib.adler32('hello', 5), zlib.adler32('\xff' * 10000), zlib.adler32('a', -1)
print zlib.crc32('world', zlib.crc32('hello ')) == zlib.crc32('hello world')
print zlib.adler32('world', zlib.adler32('hello ')) == zlib.adler32('hello world')
print zlib.crc32(u'abc'), zlib.adler32(buffer('abc'))
for f in [zlib.crc32, zlib.adler32]:
    attempt(f.__name__ + ' int', f, 1)
    attempt(f.__name__ + ' start str', f, 'a', 'b')
    attempt(f.__name__ + ' start float', f, 'a', 1.5)
    attempt(f.__name__ + ' none', f)
    attempt(f.__name__ + ' unicode', f, u'\xe9')
