# str strip/lstrip/rstrip, center/ljust/rjust/zfill, expandtabs.
s = "  \t hello \n "
print repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), "xxhixx".strip("x"), "abcba".strip("ab")
print repr("hi".center(7)), repr("hi".center(6, "*")), repr("hi".ljust(5, ".")), repr("hi".rjust(5)), repr("hello".center(2))
print "42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(6), "".zfill(2)
print repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0))
print repr("abc".center(8, "-")), repr("abc".center(9))
try:
    "x".center(5, "ab")
except TypeError as e:
    print e
