# A bare print writes just a newline.
print
print
print "after two blank lines"
print
