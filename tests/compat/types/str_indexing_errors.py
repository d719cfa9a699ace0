# str immutability and indexing/operator error messages.
s = "abc"
for f in [lambda: s[5], lambda: s["x"], lambda: s + 1, lambda: s * "x", lambda: s - "a",
          lambda: 1 + s, lambda: s % 1, lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: ord("ab")]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
try:
    s[0] = "x"
except TypeError as e:
    print e
try:
    del s[0]
except TypeError as e:
    print e
print s * 0, s * -1, 3 * s, s[::-1], s[-100:100], s[1:1]
