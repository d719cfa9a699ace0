# Integer literal forms: hex, octal (old and 0o), binary, long suffix, big literals.
print 0x1f, 0X1F, 017, 0o17, 0O17, 0b101, 0B101, 10L, 0xffL, 0
print 0xffffffffffffffff, 077777777777777777777777, 0b1 << 64
print 1e3, 1.e2, .5, 1E-2, 3j, 1.5J, 00, 0L
print 123456789012345678901234567890 % 97
