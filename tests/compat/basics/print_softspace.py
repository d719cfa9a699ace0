# Trailing commas and softspace rules of the print statement.
print "a",
print "b"
print "c",
print
print "x",
print "y\n",
print "z"
print "tab\t",
print "after tab"
print "space ",
print "after space"
for i in range(5):
    print i,
print
print "end",
