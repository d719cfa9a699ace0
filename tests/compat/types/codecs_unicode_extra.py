# utf-8-sig, utf-7, punycode, idna, rot13 and unicode_internal with every
# error handler, and their quirks.
HANDLERS = ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'bogus']
TEXT = u'h\xe9llo \u20ac \U0001f600\U0001f601 \x00\n+-~\\!'
BYTES = ['caf\xc3\xa9 \xff\xfe', '\xef\xbb\xbfabc', '+AKM', '+AKM-x', '+AK-', '+AKMA', '+!', 'a\x80b',
         '+2D3eAA-', '+2D0-', '+2D0', 'bcher-kva', 'xn--bcher-kva', 'abc-', 'a-b-c', 'xn--mnchen-3ya.de.']


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for name in ['utf-8-sig', 'utf-7', 'punycode', 'idna', 'rot13', 'unicode_internal']:
    for errors in HANDLERS:
        print name, errors, attempt(lambda: TEXT.encode(name, errors))
        for b in BYTES:
            print name, errors, repr(b), attempt(lambda: b.decode(name, errors))

for s in [u'a!b', u'a+b', u'~\\', u'\u20ac-', u'\u20aca', u'x\u20ac.', u'\U0001f600', u'', u'++', u'A\u2262\u0391.']:
    print repr(s), repr(s.encode('utf-7')), repr(s.encode('utf-7').decode('utf-7'))

DOMAINS = [u'b\xfccher.example', u'M\xfcnchen.de.', u'\u4f8b\u3048.\u30c6\u30b9\u30c8', u'abc', u'',
           u'a\u3002b', u'\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f']
for d in DOMAINS:
    print repr(d), attempt(lambda: d.encode('idna')), attempt(lambda: d.encode('idna').decode('idna'))
    print repr(d), attempt(lambda: d.encode('punycode')), attempt(lambda: d.encode('punycode').decode('punycode'))
print attempt(lambda: (u'a' * 64).encode('idna'))
print attempt(lambda: u'a..b'.encode('idna'))
print attempt(lambda: 'xn--a'.decode('idna'))
print repr('ab'.encode('rot13')), repr('Hello, World'.decode('rot_13')), repr(u'Uryyb'.encode('rot13'))
print attempt(lambda: 'caf\xc3\xa9'.encode('rot13'))
print attempt(lambda: u'x'.encode('undefined')), attempt(lambda: 'x'.decode('undefined'))
