# format() spec vectors for ints, floats and strings: fill, align, sign, width, grouping, types.
ints = [0, 7, -7, 255, 10 ** 6, -(2 ** 40)]
for spec in ["", "5", "<5", "^5", ">5", "=+6", "+", "-", " ", "08", "#x", "#X", "#o", "#b", "x", "o", "b", "c",
             ",", "010,", "n", "e", "f", "%", "_^9"]:
    out = []
    for v in ints:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append("<%s: %s>" % (type(e).__name__, e))
    print repr(spec), out
floats = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-5, 1e16, float("inf"), float("nan")]
for spec in ["", ".2", ".2f", "10.3f", "<10.1e", "+.3g", "g", "G", "%", ".0%", ",.2f", "=+10.2f", "E", "n", "015.4f", "#.0f"]:
    out = []
    for v in floats:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("<ValueError: %s>" % e)
    print repr(spec), out
for spec in ["", "10", "<10", "^10", ">10", ".2", "*^9.3", "s"]:
    print repr(spec), [format(s, spec) for s in ["", "abc", "abcdefghijkl"]]
