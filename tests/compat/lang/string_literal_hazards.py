# String contents that could break naive C++ emission: quotes, backslashes, NULs, trigraphs, comments.
hazards = ["??=", "??/", "??'", "a??(b??)c", "/* not a comment */", "// nor this", "\"quoted\"",
           "back\\slash", "\x00mid\x00null", "\r\n", "#line 1 \"x\"", "%s %d %%", "{}", "\\x41",
           "\\u00e9", "\xff\xfe", "trailing\\", "tab\there", "\v\f\a\b", "'single'", "R\"(raw)\""]
for h in hazards:
    print repr(h), len(h)
u = u"\u2028\u2029\ufeff\x00\U0010ffff"
print repr(u), len(u)
print len("a" * 5000 + "b"), "very long literal: " + "0123456789" * 30
print "\x00" in hazards[8], hazards[8].split("\x00")
