# String concatenation, repetition, indexing, slicing, len and str().
s = "hello"
t = 'world'
print s + " " + t
print s * 3, "-" * 10
print s[0], s[-1], s[1:3], s[::-1], s[:100], s[10:]
print len(s), len(""), len(s + t)
print str(42) + "!", str(3.5), str(-7), str(10 ** 20), str([1, 'a'])
print "ab" < "b", "a" in "cat", "at" in "cat", "x" not in "cat"
print 'single "double" inside', "double 'single' inside"
print "esc\\aped\ttab", 'new\nline'
print """triple
quoted"""
print "con" "cat" "enation"
