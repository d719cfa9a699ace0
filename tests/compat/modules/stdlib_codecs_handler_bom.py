# Error handlers that resume decoding mid-stream keep the byte order of the
# BOM (utf-16/32); utf-8-sig reports positions after its BOM.
import codecs
def h(exc):
    print exc.start, exc.end, exc.reason
    return (u'<%d>' % exc.start, exc.end)
codecs.register_error('h', h)
for enc, data in [('utf-16', '\xfe\xff\x00a\xdc\x00\x00b'), ('utf-16', '\xff\xfea\x00\x00\xdcb\x00'),
                  ('utf-16', 'a\x00\x00\xdcb\x00'), ('utf-32', '\x00\x00\xfe\xff\x00\x00\x00a\x00\x11\x00\x00\x00\x00\x00b'),
                  ('utf-8-sig', '\xef\xbb\xbfa\xff\xef\xbb\xbfb'), ('utf-16-be', '\x00a\xdc\x00\x00b\x00')]:
    print enc, repr(data.decode(enc, 'h'))
try:
    '\xef\xbb\xbfa\xff'.decode('utf-8-sig')
except UnicodeDecodeError as e:
    print e, repr(e.object)
print repr('\xef\xbb\xbf\xef\xbb\xbfb'.decode('utf-8-sig'))
