# Comparison operators, including chained comparisons, on ints, floats and strings.
print 1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1, 1 <> 2
print 1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0
print 1 == 1.0, 2 > 1.5, 1L == 1, 0 == -0.0
print "a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a"
print [1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9)
x = 5
print 0 < x < 10, 0 < x < 3, x == 5 != 6
