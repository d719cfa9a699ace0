# pass, multiple statements on one line, semicolons, line continuations.
pass; x = 1; y = 2
print x, y
total = 1 + \
        2 + \
        3
print total
items = [
    1,
    2,
]
print items, (
    "implicit "
    "join")
if x: print "inline if"
while 0: pass
for i in range(2): print i,
print
