# codecs writers as print targets and sys.stdout, program-defined codecs built
# on codecs.Codec + StreamWriter/StreamReader, class relationships.
import codecs, sys
w = codecs.getwriter('utf-8')(sys.stdout)
print >>w, u'h\xe9llo', u'w\u20acrld'
print >>w, 'plain', 1
w.write(u'\u2603\n')
old = sys.stdout
sys.stdout = codecs.getwriter('cp1252')(old)
print u'caf\xe9 \u20ac'
sys.stdout = old
print codecs.decode('616263', 'hex'), repr(codecs.encode('abc', 'base64'))
print repr(codecs.encode(u'\u20ac', 'utf-8')), repr(codecs.decode('\xe2\x82\xac', 'utf-8'))
r = codecs.getreader('utf-8')
print r.__name__, issubclass(r, codecs.StreamReader), issubclass(codecs.getwriter('ascii'), codecs.StreamWriter)
ie = codecs.getincrementalencoder('utf-8')
print issubclass(ie, codecs.IncrementalEncoder), issubclass(codecs.getincrementaldecoder('utf-8'), codecs.IncrementalDecoder)
class MyCodec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return codecs.charmap_encode(input, errors, {ord(u'a'): ord('z'), ord(u'b'): ord('y')})
    def decode(self, input, errors='strict'):
        return codecs.charmap_decode(input, errors, {ord('z'): u'a', ord('y'): u'b'})
class MyWriter(MyCodec, codecs.StreamWriter):
    pass
class MyReader(MyCodec, codecs.StreamReader):
    pass
def finder(name):
    if name == 'ab':
        return codecs.CodecInfo(MyCodec().encode, MyCodec().decode, streamreader=MyReader, streamwriter=MyWriter, name='ab')
codecs.register(finder)
print repr(u'abba'.encode('ab')), repr('zyyz'.decode('ab'))
try:
    u'abc'.encode('ab')
except UnicodeEncodeError as e:
    print e
import StringIO
s = StringIO.StringIO()
mw = codecs.getwriter('ab')(s)
mw.write(u'ab')
print repr(s.getvalue())
print repr(codecs.getreader('ab')(StringIO.StringIO('zyz')).read())
