# base64: Base64 (standard, urlsafe, altchars), Base32, Base16, the MIME
# line functions and file encode/decode; binascii's conversions and errors.
import base64
import binascii
import StringIO


def attempt(label, f, *args):
    try:
        print label, repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e


samples = ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'abcdef', '\x00\xff\xfe\xfb',
           ''.join([chr(i) for i in range(256)])]
for s in samples:
    e64 = base64.b64encode(s)
    e32 = base64.b32encode(s)
    e16 = base64.b16encode(s)
    print len(s), e64[:24], e32[:24], e16[:24]
    print ' ', base64.b64decode(e64) == s, base64.b32decode(e32) == s, base64.b16decode(e16) == s,
    print base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s, base64.decodestring(base64.encodestring(s)) == s

print base64.b64encode('hello world'), base64.standard_b64encode('xyz'), base64.standard_b64decode('eHl6')
print base64.b64encode('\xfb\xff\xbf'), base64.urlsafe_b64encode('\xfb\xff\xbf'), base64.b64encode('\xfb\xff\xbf', '*!')
print repr(base64.urlsafe_b64decode('-_-_')), repr(base64.urlsafe_b64decode('+/+/')), repr(base64.b64decode('*!*!', '*!'))
for s in ['', 'YQ==', 'YQ', 'YQ=', 'Y', 'YW Jj\n', 'YWJj!!', 'YQ==YQ==', 'Y===', '====', 'YQ=a=',
          '=YQ==', 'YQ===', 'a' * 5, u'YQ==', 'YW\nJj', '-_8=']:
    attempt('b64decode %r' % s, base64.b64decode, s)
attempt('b64encode unicode', base64.b64encode, u'abc')
attempt('b64encode non-ascii', base64.b64encode, u'\xe9')
attempt('b64encode int', base64.b64encode, 1)
attempt('b64decode int', base64.b64decode, 1)
attempt('altchars short', base64.b64encode, '\xfb\xff', '-')
attempt('altchars long', base64.b64encode, '\xfb\xff', '-_x')

for s in ['ME======', 'me======', 'MFRGG===', 'MFRGG', 'MFRGG==', 'M1======', 'ME=====A',
          'MFRGGZDF', 'MFRGGZD=', 'MFRGGZ==', 'MFRGGZDFMZTWQ2LK', 'M=======', 'MFRG====',
          'MFR=====', u'ME======', '0E======', 'LE======', '========', '']:
    attempt('b32decode %r' % s, base64.b32decode, s)
attempt('b32 casefold', base64.b32decode, 'me======', True)
attempt('b32 map01 L', base64.b32decode, 'M0======', False, 'L')
attempt('b32 map01 1', base64.b32decode, 'M1======', False, 'L')
attempt('b32 map01 I', base64.b32decode, 'M1======', False, 'I')
attempt('b32encode unicode', base64.b32encode, u'ab')
attempt('b32encode int', base64.b32encode, 1)

for s in ['', '0AFF', '0aff', '0AF', 'XY', u'0A', '0A\n']:
    attempt('b16decode %r' % s, base64.b16decode, s)
attempt('b16 casefold', base64.b16decode, '0aff', True)
attempt('b16encode', base64.b16encode, '\x01\xab\xff')
attempt('b16encode unicode', base64.b16encode, u'ab')

print repr(base64.encodestring('x' * 120))
print repr(base64.encodestring('')), repr(base64.decodestring('eHh4\neHh4\n'))
attempt('decodestring', base64.decodestring, 'eHh')
inp = StringIO.StringIO('y' * 200)
out = StringIO.StringIO()
base64.encode(inp, out)
print repr(out.getvalue())
back = StringIO.StringIO()
base64.decode(StringIO.StringIO(out.getvalue()), back)
print back.getvalue() == 'y' * 200
print base64.MAXLINESIZE, base64.MAXBINSIZE, sorted(base64.__all__)

# binascii
print issubclass(binascii.Error, Exception), issubclass(binascii.Error, ValueError)
for f in [binascii.b2a_base64, binascii.hexlify, binascii.b2a_hex, binascii.unhexlify, binascii.a2b_hex,
          binascii.a2b_base64]:
    for a in ['', 'ab', '\xff\x00', u'ab', u'\xe9', 1, bytearray('ab'), buffer('abcd', 1), 'abc', 'zz', None]:
        attempt(f.__name__, f, a)
attempt('b2a_base64 100', binascii.b2a_base64, 'a' * 100)
attempt('b2a_base64 none', binascii.b2a_base64)
attempt('a2b_base64 none', binascii.a2b_base64)
attempt('hexlify 2', binascii.hexlify, 'a', 'b')
attempt('crc32 none', binascii.crc32)
attempt('crc32 start str', binascii.crc32, 'a', 'b')
attempt('crc32 unicode', binascii.crc32, u'a')
attempt('crc32 int', binascii.crc32, 1)
print binascii.crc32('hello'), binascii.crc32('abc', 10), binascii.crc32('abc', 10L), binascii.crc32('abc', -1)
print binascii.crc32('abc', 2 ** 32 + 10), binascii.crc32('abc', 2 ** 64), binascii.crc32('x' * 1000)
attempt('crc_hqx', binascii.crc_hqx, 'abc', 0)
attempt('crc_hqx 1 arg', binascii.crc_hqx, 'abc')

# unicode, bytearray and buffer arguments in the pure-Python layer
attempt('urlsafe unicode', base64.urlsafe_b64decode, u'YQ==')
attempt('urlsafe enc unicode', base64.urlsafe_b64encode, u'a')
attempt('altchars dec unicode data', base64.b64decode, u'YQ==', '-_')
attempt('altchars enc unicode', base64.b64encode, '\xfb\xff', u'-_')
attempt('altchars dec unicode', base64.b64decode, '-_8=', u'-_')
attempt('altchars non-ascii', base64.b64encode, 'a', u'\xe9_')
attempt('b32decode int', base64.b32decode, 1)
attempt('b16decode int', base64.b16decode, 1)
attempt('b16decode bytearray', base64.b16decode, bytearray('0A'))
attempt('b16decode buffer', base64.b16decode, buffer('x0A', 1))
attempt('b16decode bytearray casefold', base64.b16decode, bytearray('0a'), True)
attempt('b16decode bytearray lower', base64.b16decode, bytearray('0a'))
attempt('b32 casefold map01', base64.b32decode, 'm0======', True, 'L')
attempt('encodestring unicode', base64.encodestring, u'abc')
attempt('encodestring int', base64.encodestring, 1)
