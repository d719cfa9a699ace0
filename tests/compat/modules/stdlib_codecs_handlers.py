# Error handlers: the built-in ones called from Python, handlers registered
# with codecs.register_error used by every codec, their result checks, and
# codecs.register search functions.
import codecs


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


def myhandler(exc):
    print 'handler', type(exc).__name__, exc.encoding, exc.start, exc.end, repr(exc.object[exc.start:exc.end])
    return (u'<%d>' % exc.start, exc.end)


codecs.register_error('mine', myhandler)
for enc in ['ascii', 'latin-1', 'cp1252', 'koi8-r', 'cp037']:
    print enc, attempt(lambda: u'a\u20acb\xe9\u1234c'.encode(enc, 'mine'))
for enc in ['ascii', 'utf-8', 'cp1252', 'utf-16-le', 'utf-7', 'utf-8-sig', 'unicode_escape']:
    print enc, attempt(lambda: 'a\xffb\x81c\\x'.decode(enc, 'mine'))
print attempt(lambda: unicode('\xff\xfe', 'ascii', 'mine'))
print codecs.lookup_error('mine') is myhandler
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
    print name, codecs.lookup_error(name) is getattr(codecs, name + '_errors')
print attempt(lambda: codecs.lookup_error('zzz'))
print attempt(lambda: u'x\xff'.encode('ascii', 'zzz'))
print attempt(lambda: u'x'.encode('ascii', 'zzz'))

enc_exc = UnicodeEncodeError('ascii', u'a\u20ac\xe9b', 1, 3, 'ordinal not in range(128)')
dec_exc = UnicodeDecodeError('utf8', 'a\xff\xfeb', 1, 3, 'invalid start byte')
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
    h = codecs.lookup_error(name)
    print name, attempt(lambda: h(enc_exc)), attempt(lambda: h(dec_exc)), attempt(lambda: h(ValueError('v')))
print attempt(lambda: codecs.strict_errors('not an exception'))

codecs.register_error('rep2', codecs.replace_errors)
print repr(u'\u20ac'.encode('latin-1', 'rep2')), repr('\xff'.decode('ascii', 'rep2'))
codecs.register_error('xml2', codecs.xmlcharrefreplace_errors)
print repr(u'\u20ac\xe9'.encode('ascii', 'xml2')), attempt(lambda: '\xff'.decode('ascii', 'xml2'))
codecs.register_error('bs2', codecs.backslashreplace_errors)
print repr(u'\u20ac\U0001f600'.encode('koi8-r', 'bs2'))
print attempt(lambda: '\xff'.decode('utf-8', 'backslashreplace'))
print attempt(lambda: '\xff'.decode('cp1252', 'xmlcharrefreplace'))


def skip_back(exc):
    return (u'!', -1)


codecs.register_error('back', skip_back)
print repr(u'a\xe9bc'.encode('ascii', 'back'))
codecs.register_error('bad', lambda exc: 1)
print attempt(lambda: u'\xff'.encode('ascii', 'bad'))
print attempt(lambda: '\xff'.decode('ascii', 'bad'))
codecs.register_error('far', lambda exc: (u'', 99))
print attempt(lambda: u'\xff'.encode('ascii', 'far'))
codecs.register_error('wide', lambda exc: (u'\u20ac', exc.end))
print attempt(lambda: u'\xff'.encode('ascii', 'wide'))
print attempt(lambda: codecs.register_error('x', 42))


def search(name):
    print 'search', repr(name)
    if name == 'my-codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode('ascii'), len(s)),
                                lambda s, errors='strict': (unicode(s.lower()), len(s)), name='my-codec')
    if name == 'tuple-codec':
        return (lambda s, errors='strict': ('T' + str(s), 1), lambda s, errors='strict': (u't', 1), None, None)
    if name == 'bad-result':
        return (lambda s, errors='strict': 42, lambda s, errors='strict': (42, 1), None, None)
    return None


codecs.register(search)
print repr(u'abc'.encode('My Codec')), repr('ABC'.decode('my-codec')), repr('abc'.encode('my-codec'))
print codecs.lookup('my-codec').name, codecs.lookup('MY-CODEC').name
print repr(u'x'.encode('tuple-codec')), repr('x'.decode('tuple-codec'))
print attempt(lambda: u'x'.encode('bad-result'))
print attempt(lambda: 'x'.decode('bad-result'))
print attempt(lambda: u'x'.encode('nothing'))
print attempt(lambda: u'x'.encode('latin-1'))
print attempt(lambda: codecs.register(42))
