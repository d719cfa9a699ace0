# list index/assignment error messages.
a = [1, 2, 3]
for f in [lambda: a[3], lambda: a[-4], lambda: a["x"], lambda: a[1.0], lambda: a.pop(10)]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
try:
    a[5] = 1
except IndexError as e:
    print e
try:
    del a[7]
except IndexError as e:
    print e
try:
    hash(a)
except TypeError as e:
    print e
try:
    {a: 1}
except TypeError as e:
    print e
