# The 8-bit charmap codecs: a probe string through every error handler, the
# 'charmap' error messages, and checksums of the full decoding table and of
# encoding every BMP character.
NAMES = ['cp037', 'cp1006', 'cp1026', 'cp1140', 'cp1250', 'cp1251', 'cp1252', 'cp1253', 'cp1254',
         'cp1255', 'cp1256', 'cp1257', 'cp1258', 'cp424', 'cp437', 'cp500', 'cp720', 'cp737', 'cp775',
         'cp850', 'cp852', 'cp855', 'cp856', 'cp857', 'cp858', 'cp860', 'cp861', 'cp862', 'cp863',
         'cp864', 'cp865', 'cp866', 'cp869', 'cp874', 'cp875', 'hp_roman8', 'iso8859_10', 'iso8859_11',
         'iso8859_13', 'iso8859_14', 'iso8859_15', 'iso8859_16', 'iso8859_2', 'iso8859_3', 'iso8859_4',
         'iso8859_5', 'iso8859_6', 'iso8859_7', 'iso8859_8', 'iso8859_9', 'koi8_r', 'koi8_u',
         'mac_arabic', 'mac_centeuro', 'mac_croatian', 'mac_cyrillic', 'mac_farsi', 'mac_greek',
         'mac_iceland', 'mac_latin2', 'mac_roman', 'mac_romanian', 'mac_turkish', 'palmos', 'ptcp154',
         'rot_13', 'tis_620']
HANDLERS = ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'bogus']
TEXT = u'h\xe9llo \u20ac \U0001f600\U0001f601 \x00\n\u0416\u03a9'
BYTES = 'caf\xc3\xa9 \x81\x90\x9d\xff\xfe'
ALL_BYTES = ''.join(map(chr, range(256)))


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for name in NAMES:
    for errors in HANDLERS:
        print name, errors, attempt(lambda: TEXT.encode(name, errors))
        print name, errors, attempt(lambda: BYTES.decode(name, errors))
    table = ALL_BYTES.decode(name, 'replace')
    print name, 'table', len(table), sum((i + 1) * ord(c) for i, c in enumerate(table)) % 1000000007
    encodable = []
    for cp in range(0x2600) + range(0xf700, 0x10000):
        try:
            b = unichr(cp).encode(name)
        except UnicodeEncodeError:
            continue
        encodable.append(cp * 256 + ord(b))
    print name, 'encodable', len(encodable), sum(encodable) % 1000000007
