# Extended slicing on lists, tuples, strings; negative steps; slice assignment lengths.
s = "0123456789"
print s[::2], s[1::2], s[::-1], s[-1:-5:-1], s[8:2:-2], s[::-3], s[100::-1], s[:-100:-1]
t = tuple(range(10))
print t[::4], t[5:0:-1], t[-3:]
l = range(10)
l[::-1] = l
print l
l[1::2] = "abcde"
print l
try:
    l[::2] = "xy"
except ValueError as e:
    print e
try:
    s[::0]
except ValueError as e:
    print e
