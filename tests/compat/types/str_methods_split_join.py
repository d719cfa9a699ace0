# str split/rsplit/splitlines/partition/rpartition/join.
print "a b  c\td\n".split(), " a b ".split(" "), "a,b,,c".split(","), "a,b,c".split(",", 1)
print "a,b,c".rsplit(",", 1), "  x  y  ".rsplit(), "".split(), "".split(","), "abc".split("b")
print "l1\nl2\r\nl3\rl4".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines()
print "k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("=")
print "-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(("1",))
print "a  b".split(None, 1), "  a  b  ".split(None, 0)
for f in [lambda: "a".split(""), lambda: ",".join([1, 2]), lambda: "a".partition("")]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
