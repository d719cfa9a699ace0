# Iterating over str and unicode yields 1-char strings; enumerate and zip on strings.
for c in "ab\xc3\xa9":
    print repr(c),
print
for c in u"a\xe9\u20ac":
    print repr(c),
print
print list("xyz"), list(u"xy"), zip("ab", u"cd"), [ord(c) for c in "AZ"]
print "".join(reversed("stressed")), max("hello"), sorted(set("mississippi"))
