# format() builtin with numeric and string specs.
print format(3.14159, ".2f"), format(42, "05d"), format(42, "x"), format(42, "#b"), format(255, "X")
print format(1.0, ".3"), format(100.0, ".3"), format(1234.5, ".3"), format(12345.678, ","), format(12345.678, ",.2f")
print repr(format(0.1, "10")), repr(format("ab", "<5")), repr(format("ab", ">5")), repr(format("ab", "^6")), repr(format("ab", "*^7"))
print format(1234567, ","), format(-42, "+d"), format(42, " d"), format(0.5, "%"), format(0.125, ".1%")
print format(1e10, "e"), format(1e10, "g"), format(1.5e-7, "G"), format(2 ** 70, "d"), format(True, "d")
print format(3), format("s"), format(1.5), format(1e20), format(None), format([1, 2])
print format(1.0 / 3), format(1.0 / 3, ""), format(float("inf"), "f"), format(-0.0, "")
for spec in ["d", "s", ".2f", "x"]:
    for v in [5, 2.5, "str"]:
        try:
            print spec, repr(v), format(v, spec)
        except (ValueError, TypeError) as e:
            print spec, repr(v), type(e).__name__, e
