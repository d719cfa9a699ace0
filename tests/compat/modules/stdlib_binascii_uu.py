# binascii.b2a_uu / a2b_uu: padding, the 45-byte limit, lines that end early,
# '`' as zero, and the Illegal char / Trailing garbage errors.
import binascii
def t(f, *a):
    try:
        print f.__name__, repr(a)[:30], repr(f(*a))
    except Exception as e:
        print f.__name__, repr(a)[:30], type(e).__name__, e
for s in ['', 'a', 'ab', 'abc', 'abcd', 'hello world', 'x' * 45, '\x00\xff' * 5, u'ab', bytearray('xyz')]:
    t(binascii.b2a_uu, s)
    if not isinstance(s, unicode):
        print binascii.a2b_uu(binascii.b2a_uu(s)) == str(s)
t(binascii.b2a_uu, 'x' * 46)
t(binascii.b2a_uu, 1)
t(binascii.b2a_uu)
for s in ['', '\n', ' ', '!80\n', '!80', '#86)C\n', '#86)C', '#86)C   \n', '#86)CXX\n',
          '#86)CXXXX\n', '$86)C\n', 'M' + 'x' * 10, '&86)C\n', '#86)C``\n', '#86)c\n',
          '\x7f', '#\x7f6)C', u'!80', '#86)C\r\n', '`', '!`\n']:
    t(binascii.a2b_uu, s)
t(binascii.a2b_uu, 5)
