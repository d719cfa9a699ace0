# str operators in expressions: %, *, in, comparisons, multiplication by bools/longs.
print "a" * True, "b" * False, "c" * 2L, "-" * -5, [1] * 2L
print "%s" % "x" * 3, "%d items" % 5 + "!", "ab" in "cabd", "" in "", "x" + "y" * 2
print "abc"[1] + "abc"[-1] * 2, ("a" "b") * 2
