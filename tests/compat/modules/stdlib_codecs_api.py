# The codecs module: BOM constants, lookup and CodecInfo, encode/decode,
# get* helpers, incremental codecs, iterencode/iterdecode, _codecs-style
# functions and the encodings package.
import codecs
import encodings
import encodings.aliases

print repr(codecs.BOM), repr(codecs.BOM_BE), repr(codecs.BOM_LE), repr(codecs.BOM_UTF8)
print repr(codecs.BOM_UTF16), repr(codecs.BOM_UTF16_LE), repr(codecs.BOM_UTF16_BE)
print repr(codecs.BOM_UTF32), repr(codecs.BOM_UTF32_LE), repr(codecs.BOM_UTF32_BE)
print repr(codecs.BOM32_LE), repr(codecs.BOM64_BE)

ci = codecs.lookup('Latin-1')
print ci.name, ci[0](u'abc'), ci.encode(u'\xe9'), ci.decode('\xe9'), len(ci), isinstance(ci, tuple)
print ci is codecs.lookup('latin-1'), codecs.lookup(u'utf-8').name
for n in ['utf8', 'UTF-16LE', 'cp1252', 'windows_1251', 'ISO8859-15', 'l1', 'mac_roman', 'koi8_u', 'rot13',
          'hex', 'base64', 'idna', 'U8', 'utf-8-sig', 'utf_7', 'punycode']:
    info = codecs.lookup(n)
    print n, info.name, info.incrementalencoder is not None, info.streamreader is not None
for bad in ['nope', 'utf-99']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print 'LookupError', e
try:
    codecs.lookup(42)
except TypeError as e:
    print 'TypeError', e

print repr(codecs.encode(u'\u20ac', 'cp1252')), repr(codecs.decode('\x80', 'cp1252'))
print repr(codecs.encode(u'abc')), repr(codecs.decode('abc')), repr(codecs.encode('ab', 'hex'))
print repr(codecs.encode(u'\xe9', 'ascii', 'replace')), repr(codecs.decode('\xe9', 'utf-8', 'ignore'))
try:
    codecs.encode(u'\xe9')
except UnicodeEncodeError as e:
    print e
print codecs.getencoder('utf-8')(u'\xe9'), codecs.getdecoder('utf-8')('\xc3\xa9')
print codecs.getencoder('cp866')(u'\u0416\u0436'), codecs.getdecoder('koi8-r')('\xf6\xd6')

d = codecs.getincrementaldecoder('utf-8')()
out = []
for ch in '\xe2\x82\xac\xf0\x9f\x98\x80ab\xc3':
    out.append(d.decode(ch))
print repr(out)
try:
    d.decode('', True)
except UnicodeDecodeError as e:
    print e
d.reset()
print repr(d.decode('\xc3')), repr(d.decode('\xa9', True))
d = codecs.getincrementaldecoder('utf-8')('replace')
print repr(d.decode('a\xff\xe2\x82')), repr(d.decode('\xacb')), repr(d.decode('\xe2', True))

d = codecs.getincrementaldecoder('utf-8-sig')()
print repr(d.decode('\xef')), repr(d.decode('\xbb\xbfx\xc3')), repr(d.decode('\xa9\xef\xbb\xbf', True))
d = codecs.getincrementaldecoder('utf-16')()
print repr([d.decode(c) for c in '\xfe\xff\x00a\xd8\x3d\xde\x00\x00'])
d = codecs.getincrementaldecoder('utf-16-le')()
print repr([d.decode(c) for c in 'a\x00\xac '])
d = codecs.getincrementaldecoder('cp1252')()
print repr(d.decode('\x80\x93')), repr(d.decode('', True))

e = codecs.getincrementalencoder('utf-16')()
print repr(e.encode(u'a')), repr(e.encode(u'b')), repr(e.encode(u'', True))
e.reset()
print repr(e.encode(u'c'))
e = codecs.getincrementalencoder('utf-8-sig')()
print repr(e.encode(u'a')), repr(e.encode(u'\xe9'))
e = codecs.getincrementalencoder('cp1251')('replace')
print repr(e.encode(u'\u0416\u20ac\xe9'))

print repr(list(codecs.iterdecode(['\xff\xfe', 'a', '\x00\xac', ' '], 'utf-16')))
print repr(list(codecs.iterencode([u'a', u'\xe9', u''], 'utf-8-sig')))
print repr(list(codecs.iterdecode(['\xc3', '\xa9\xe2', '\x82\xac'], 'utf-8')))
print repr(list(codecs.iterencode([u'\u20ac', u'x'], 'cp1252')))

print codecs.utf_8_decode('\xc3\xa9\xc3'), codecs.utf_8_decode('\xc3\xa9\xc3', 'replace', True)
print codecs.utf_8_encode(u'\xe9'), codecs.latin_1_encode(u'\xe9'), codecs.ascii_decode('abc')
print codecs.utf_16_le_encode(u'ab'), codecs.utf_16_be_decode('\x00a'), codecs.utf_32_encode(u'a')
print codecs.unicode_escape_encode(u'\u20ac\n'), codecs.raw_unicode_escape_decode('\\u20ac')
print codecs.escape_encode('a\nb'), codecs.escape_decode('a\\nb')

print encodings.normalize_encoding('  Latin--1 '), encodings.normalize_encoding('utf-8'), \
    encodings.normalize_encoding('ISO 8859.1')
aliases = encodings.aliases.aliases
print aliases['latin1'], aliases['u8'], aliases['koi8_r'] if 'koi8_r' in aliases else None, len(aliases)
print sorted(k for k, v in aliases.items() if v == 'cp1252')
print sorted(k for k, v in aliases.items() if v == 'iso8859_15')
