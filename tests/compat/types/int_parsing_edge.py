# int() and long() parsing with bases and prefixes.
cases = [("10", 10), ("-0x1F", 16), ("0x1F", 0), ("0o17", 0), ("017", 0), ("0b101", 0), ("101", 2),
         ("z", 36), ("Z", 36), (" +7 ", 10), ("7L", 10), ("10L", 0), ("0", 0), ("00", 0), ("08", 0),
         ("1_0", 10), ("", 10), ("12", 1), ("12", 37), ("1 2", 10), ("-", 10), ("0x", 16)]
for s, b in cases:
    try:
        print repr(s), b, repr(int(s, b))
    except ValueError as e:
        print repr(s), b, "ValueError", e
print repr(long("123")), repr(long("0x10", 16)), repr(long("777L", 8)), repr(int(u"\u0663\u0664"))
try:
    int(5, 10)
except TypeError as e:
    print e
