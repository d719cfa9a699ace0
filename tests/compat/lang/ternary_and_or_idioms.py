# Old and/or conditional idiom vs conditional expressions, including falsy pitfalls.
for x in [0, 1, 5, None]:
    a = x and "truthy" or "falsy"
    b = "truthy" if x else "falsy"
    c = (x > 2) and "" or "pitfall"
    print x, a, b, repr(c)
print [x or "default" for x in ["", "val", 0, None, []]]
print (1, 2)[True], ("no", "yes")[0 < 1], {True: "T", False: "F"}[3 > 4]
