# codecs.open, StreamReader/StreamWriter/StreamReaderWriter, EncodedFile.
import codecs
import os
import StringIO

path = 'stdlib_codecs_stream.tmp'
w = codecs.open(path, 'w', 'utf-16')
w.write(u'h\xe9llo\n')
w.write(u'w\u20acrld\n')
w.writelines([u'a', u'b\n'])
w.close()
print repr(open(path, 'rb').read())
r = codecs.open(path, 'r', 'utf-16')
print repr(r.read())
r.close()
r = codecs.open(path, encoding='utf-16')
print repr(r.readlines())
r.close()
with codecs.open(path, 'r', 'utf-16') as r:
    for line in r:
        print repr(line)
with codecs.open(path, 'w', 'cp1252', 'replace') as w:
    w.write(u'\u20ac \u0416\n')
print repr(open(path, 'rb').read())
f = codecs.open(path, 'rb')
print type(f).__name__, repr(f.read())
f.close()
os.remove(path)

s = StringIO.StringIO()
w = codecs.getwriter('cp1252')(s)
w.write(u'\u20ac5')
w.writelines([u'\xe9', u'\u2122'])
print repr(s.getvalue())
try:
    w.write(u'\u0416')
except UnicodeEncodeError as e:
    print e
s = StringIO.StringIO()
w = codecs.getwriter('utf-16')(s)
w.write(u'a')
w.write(u'b')
print repr(s.getvalue())

rd = codecs.getreader('utf-8')(StringIO.StringIO('line1\nl\xc3\xa9ne2\r\nlast'))
print repr(rd.readline()), repr(rd.readline()), repr(rd.readline()), repr(rd.readline())
rd = codecs.getreader('utf-8')(StringIO.StringIO('ab\xc3\xa9cd\xe2\x82\xac'))
print repr(rd.read(3)), repr(rd.read())
rd = codecs.getreader('koi8-r')(StringIO.StringIO('\xf6\xd6\n\xc1\n'))
print repr(list(rd))
rd = codecs.getreader('utf-8')(StringIO.StringIO('a\xffb'), 'replace')
print repr(rd.read())
rd = codecs.getreader('utf-8')(StringIO.StringIO('a\xffb'))
try:
    rd.read()
except UnicodeDecodeError as e:
    print e

ef = codecs.EncodedFile(StringIO.StringIO(), 'utf-8', 'latin-1')
ef.write('\xc3\xa9')
print repr(ef.stream.getvalue()), ef.data_encoding, ef.file_encoding
ef = codecs.EncodedFile(StringIO.StringIO('\xe9t\xe9'), 'utf-8', 'latin-1')
print repr(ef.read())
