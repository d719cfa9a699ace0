# String literal forms: raw, unicode, escapes, triple quotes, adjacent concatenation.
print r"raw\n\t", repr(r"\x41"), repr(ur"\u00e9"), repr(u"\u00e9"), repr(b"bytes")
print "\x41\101\a\b\f\v\0".encode("hex"), "\N".encode("hex"), repr("\q")
print repr('''a
b'''), repr("""it's "quoted\""""), "ab" 'cd' r"\e"
print repr(u"\N{LATIN SMALL LETTER E WITH ACUTE}"), len("\u00e9"), len(u"\u00e9")
