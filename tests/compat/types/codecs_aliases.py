# Encoding names as 2.7 resolves them: case, punctuation runs, aliases,
# module names, and names no codec answers to.
import codecs

NAMES = ['latin_1', 'Latin-1', 'L1', 'latin1', 'iso-8859-1', 'ISO8859-1', 'iso_8859_1', '8859', 'cp819',
         'windows-1252', 'Windows_1252', 'cp1252', '1252', 'ISO8859-15', 'iso-8859-15', 'latin9', 'L9',
         'koi8-r', 'KOI8_U', 'cskoi8r', 'mac-roman', 'macroman', 'maclatin2',
         'mac_cyrillic', 'maccyrillic', 'ibm437', '437', 'cp866', 'IBM866', 'cyrillic', 'greek', 'hebrew',
         'arabic', 'thai', 'tis620', 'latin2', 'l2', 'latin10', 'iso8859_16', 'utf8', 'UTF-8', 'u8',
         'utf_8_sig', 'UTF-8-SIG', 'utf-16', 'UTF-16LE', 'utf_16_be', 'unicodebigunmarked', 'utf-32-le',
         'U32', 'utf-7', 'U7', 'unicode-1-1-utf-7', 'rot13', 'rot_13', 'idna', 'punycode', 'hex', 'base64',
         'base_64', 'string_escape', 'unicode_escape', 'raw_unicode_escape', 'unicode_internal',
         'us-ascii', 'ANSI_X3.4-1968', '646', 'ascii', '  latin  1  ', '--utf--8--', 'utf 8', 'quopri',
         'uu', 'zlib', 'undefined', 'charmap', 'ptcp154', 'cp1251', 'hp-roman8', 'roman8']
BAD = ['nope', 'macintosh', 'UTF16LE', 'iso8859.15', 'iso_8859.15', 'utf-9', '', 'latin_1_x', 'mbcs', 'cp65001', 'iso8859_99']

for name in NAMES:
    print repr(name), codecs.lookup(name).name
for name in BAD:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print repr(name), 'LookupError', e
    try:
        u'x'.encode(name)
    except LookupError as e:
        print repr(name), 'encode LookupError', e
    try:
        'x'.decode(name)
    except LookupError as e:
        print repr(name), 'decode LookupError', e
print repr(u'\u20ac'.encode('Windows 1252')), repr('\xa4'.decode('LATIN9'))
print repr(unicode('\x80\xc0', 'cp1251')), repr(unicode('\xe9', encoding='latin_1'))
print repr(unicode('abc\xff', 'ascii', 'replace')), repr(unicode('\x81', 'cp1252', errors='ignore'))
try:
    unicode('\x81', 'cp1252')
except UnicodeDecodeError as e:
    print e
    print e.encoding, repr(e.object), e.start, e.end, e.reason
try:
    u'ab\u20ac\u20ac'.encode('koi8_r')
except UnicodeEncodeError as e:
    print e
    print e.encoding, repr(e.object), e.start, e.end, e.reason
