# IndexError message for strings differs from lists.
s = "abc"
print s[-3]
print s[3]
