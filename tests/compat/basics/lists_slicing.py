# List slicing with positive, negative, omitted and stepped bounds.
a = range(10)
print a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3]
print a[::2], a[1::3], a[::-1], a[8:2:-2]
print a[5:2], a[100:], a[-100:2]
b = a[:]
b[0] = 99
print a[0], b[0]
