a = 'abc' "d'e" 'f"g' '\'' "\""
b = '\a\b\f\n\r\t\v\0\01\012\777\x41\q\\'
c = r'\n\'' R"\x" b'\x00\xff' B"x" br'\n' Br"\d" bR'\\'
d = u'\u1234\U00012345\N{LATIN SMALL LETTER A}\x41\101\q' U"x"
e = ur'\u1234\n' Ur'\\u1234' uR'\\\u1234' UR"x"
f = '''a
b''' + """c\
d"""
g = 'a\
b'
h = u'a' 'b'
