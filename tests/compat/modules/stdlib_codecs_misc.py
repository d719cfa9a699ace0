# codecs odds and ends: unicode.decode / str.encode through the new codecs,
# CodecInfo of bytes codecs, charmap_build/charmap_decode/charmap_encode with
# tables and dicts, and codec classes named after their encodings module.
import codecs
def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
print attempt(lambda: u'caf\xe9'.decode('cp1252'))
print attempt(lambda: u'caf'.decode('cp1252'))
print attempt(lambda: 'caf\xe9'.encode('cp1252'))
print attempt(lambda: 'caf'.encode('cp1252'))
print attempt(lambda: unicode('\x80abc', 'rot13'))
print attempt(lambda: '\xef\xbb\xbfabc'.decode('utf-8-sig')), attempt(lambda: 'abc'.decode('utf_8_sig'))
print attempt(lambda: u''.encode('idna')), attempt(lambda: ''.decode('idna')), attempt(lambda: 'x'.encode('punycode'))
print attempt(lambda: codecs.lookup('hex').encode('ab')), attempt(lambda: codecs.lookup('hex').decode('6162'))
print attempt(lambda: codecs.lookup('base64').encode('ab'))
print attempt(lambda: codecs.lookup('rot13').encode(u'ab'))
print attempt(lambda: bytearray('caf\xe9').decode('cp1252'))
print attempt(lambda: u'\u20ac'.encode('latin-1', 'strict'))
print attempt(lambda: u'\u20ac'.encode(encoding='cp1252', errors='strict'))
print attempt(lambda: 'x\x80'.decode(encoding='cp1252'))
print attempt(lambda: u'\ud800\udc00'.encode('utf-7'))
print attempt(lambda: u'\ud800'.encode('utf-8'))
print attempt(lambda: codecs.lookup('undefined').encode(u'x'))
f = codecs.open('stdlib_codecs_misc.tmp', 'w', 'koi8-r')
print f.encoding
f.close()
import os
os.remove('stdlib_codecs_misc.tmp')
print attempt(lambda: codecs.getincrementalencoder('hex'))
print attempt(lambda: codecs.charmap_build(u'abc'))
print attempt(lambda: codecs.charmap_decode('\x00\x01\x02', 'strict', u'xyz'))
print attempt(lambda: codecs.charmap_decode('\x00\x01\x05', 'replace', u'xyz'))
print attempt(lambda: codecs.charmap_decode('\x00\x01\x05', 'strict', {0: u'q', 1: 0x20ac}))
print attempt(lambda: codecs.charmap_encode(u'xyzw', 'strict', codecs.charmap_build(u'xyz')))
print attempt(lambda: codecs.charmap_encode(u'xyzww', 'replace', {ord(u'x'): 1, ord(u'?'): 63, ord(u'y'): 'YY', ord(u'z'): None}))
print attempt(lambda: codecs.charmap_decode('ab'))
print attempt(lambda: codecs.charmap_encode(u'ab\xe9\u20ac'))
