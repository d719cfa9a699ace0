# str search methods: find/rfind/index/rindex/count/startswith/endswith.
s = "abracadabra"
print s.find("bra"), s.find("bra", 2), s.find("x"), s.rfind("bra"), s.rfind("a", 0, 5)
print s.index("c"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 3, 8)
print s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "a")), s.endswith("bra"), s.endswith("cad", 0, 7)
print s.find(""), s.find("", 20), s.rfind(""), "".find(""), s.find("a", -3)
print "a" in s, "cad" in s, "" in s, s.__contains__("z")
for f in [lambda: s.index("x"), lambda: s.rindex("x"), lambda: s.startswith(1)]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
