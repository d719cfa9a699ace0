# String slicing with negative indexes and steps, and out-of-range bounds.
s = "abcdefghij"
print s[-1], s[-10], s[-3:], s[:-3], s[-5:-2]
print s[::-1], s[::2], s[1::2], s[::-2], s[8:2:-1], s[-1:-4:-1]
print s[3:3], s[5:2], s[20:30], s[-20:3], s[:0]
print len(s[2:8]), len(s[::3]), s[2:8][1:3]
