# print with several items of mixed types separates them by single spaces.
print 1, 2, 3
print "a", "b", "c"
print 1, "two", 3.0, None, True, False
print "x" , 42 , -7
print [1, 'a', 2.5], (1, 'b'), {'k': 'v'}
print "", "", "end"
print ()
print []
