# float() accepted spellings and rejections.
for s in ["1", "-1.5", "+.5", "5.", "1e5", "1E-5", "  2.5\n", "inf", "-INF", "Infinity", "+nan", "NaN",
          "1_000", "0x10", "", " ", "1e", "e5", "--1", "1.5.2", "infinit", "1e500", "-1e500", "1e-500"]:
    try:
        print repr(s), repr(float(s))
    except ValueError as e:
        print repr(s), "ValueError", e
