# Building strings in loops; digits, reversal, padding by repetition.
s = ""
for i in range(10):
    s = s + str(i)
print s, len(s)
r = ""
for c in "stressed":
    r = c + r
print r
for n in [1, 22, 333]:
    t = str(n)
    print " " * (5 - len(t)) + t + "|"
word = "abc"
out = ""
for c in word:
    out = out + c * 2
print out
