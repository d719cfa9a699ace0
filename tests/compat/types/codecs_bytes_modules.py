# The str-to-str codecs on other modules: zlib, quopri and uu, both ways,
# with their error messages.
def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
for n in ['zlib', 'zlib_codec', 'quopri', 'quopri_codec', 'uu', 'uu_codec']:
    for s in ['hello = world\t\n' * 5, u'abc', '', '\x00\xff' * 40]:
        enc = attempt(lambda: s.encode(n))
        print n, enc
        print n, attempt(lambda: s.encode(n).decode(n))
print attempt(lambda: 'a=3D\n=\nb=4'.decode('quopri'))
print attempt(lambda: 'begin 666 <data>\n#86)C\n \nend\n'.decode('uu'))
print attempt(lambda: 'nothing\n'.decode('uu'))
print attempt(lambda: 'begin 666 x\n#86)C\n'.decode('uu'))
print attempt(lambda: 'not zlib'.decode('zlib'))
print attempt(lambda: u'\xe9'.encode('zlib'))
import codecs
print attempt(lambda: codecs.lookup('zlib').encode('abc')), attempt(lambda: codecs.encode('abc', 'quopri'))
