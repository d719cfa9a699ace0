# str.format: positional, named, indexed, attributes, conversions and specs.
print "{} {} {}".format(1, "a", 2.5), "{0} {1} {0}".format("x", "y"), "{name}-{0}".format(7, name="n")
print "{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 3 + 4j), "{0[0]}".format([9])
print "{!r} {!s} {!r:>8}".format("a", "b", "c"), "{0!r:>8}".format("d"), "{:>6}|{:<6}|{:^6}|{:*^6}".format(1, 2, 3, 4)
print "{:5d}|{:<5d}|{:+d}|{:05.1f}|{:.3e}|{:x}|{:#o}|{:b}|{:,}".format(42, 42, 42, 2.25, 1234.5, 255, 8, 5, 10 ** 7)
print "{{literal}} {0}".format(1), "{:%}".format(0.25), "{:.2%}".format(1 / 3.0), "{0:{1}}".format(3.14159, ".2f")
print "{}".format(1.0 / 3), "{:g}".format(1e-10), "{:s}".format("s"), "{:=+8d}".format(-42), "{:c}".format(65)
print repr(u"{0}".format("a")), repr("{0}".format(u"a")), "{0:>{1}}".format("x", 4)
for fmt, args in [("{0} {1}", (1,)), ("{}{1}", (1, 2)), ("{:d}", ("s",)), ("{x}", ()), ("{0[5]}", ([1],)), ("{", ()), ("}", ()), ("{0.nope}", (1,))]:
    try:
        print fmt.format(*args)
    except Exception as e:
        print repr(fmt), type(e).__name__, e
