# str.format: numbering, attribute/index lookup, conversions, nested specs, escapes, errors.
class P(object):
    def __init__(self):
        self.x = 3
        self.items = ['a', 'b']
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'
p = P()
print "{0} {1} {0}".format("a", "b"), "{} {}".format(1, 2), "{x}{y}".format(x=1, y=[2])
print "{0.x} {0.items[1]} {obj.x}".format(p, obj=p), "{0[k]} {0[2]}".format({"k": "v", 2: "two"})
print "{0!r} {0!s} {0}".format(p), "{!r:>8}|".format("ab"), "{0:>{1}}|".format("r", 4)
print "{0:{1}.{2}f}|{0:{fill}^{w}.1f}|".format(3.14159, 8, 2, fill="*", w=9)
print "{{}} {{{0}}} }}{{".format(5), "{:,}".format(1234567), "{:_<6}".format("ab")
print "{0[0]}{0[1]}".format("xy"), "{[1]}".format((4, 5)), repr("{}".format(u"x"))
for f, a in [("{", ()), ("}", ()), ("{0", ()), ("{0!x}", (1,)), ("{0!}", (1,)), ("{0}{}", (1, 2)),
             ("{}{0}", (1, 2)), ("{1}", (1,)), ("{x}", ()), ("{0.nope}", (1,)), ("{0[5]}", ([1],)),
             ("{0:d}", ("s",)), ("{0:s}", (1,)), ("{0:=5}", ("a",)), ("{0:+}", ("a",)), ("{0[}", (1,)),
             ("{0]}", ({},)), ("{0.}", (1,)), ("{:#}", ("a",)), ("{:,}", ("a",))]:
    try:
        print repr(f), repr(f.format(*a))
    except Exception as e:
        print repr(f), type(e).__name__, e
