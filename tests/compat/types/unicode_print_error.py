# print of non-ASCII unicode to a pipe raises UnicodeEncodeError (uncaught).
print u"plain ascii is fine"
print "bytes \xc3\xa9 pass through"
print u"caf\xe9"
