# Escape sequences in str and unicode literals, octal/hex forms, line continuation inside strings.
print repr("\a\b\f\n\r\t\v\\\'\"\0\7\77\377\x00\xFf")
print repr(u"\u0041\U00000042\x43\103\N{DIGIT ONE}")
print repr("line one \
continued"), repr(r"\n\t\\"), repr(ur"\n")
print len("\x00" * 3), "\x41\x42", "tab\there"
