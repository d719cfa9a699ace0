# int: conversion, attributes, bit operations and int() parsing.
print int(3.9), int(-3.9), int("42"), int(" -17 "), int("ff", 16), int("0x10", 16)
print int("010", 0), int("0b11", 0), int("0o17", 0), int("z", 36), int("777", 8)
print int(True), int(), int("99999999999999999999"), type(int(2 ** 64)), type(int(5L))
print (5).bit_length(), (0).bit_length(), (-255).bit_length(), (2 ** 62).bit_length()
print (7).real, (7).imag, (7).numerator, (7).denominator, (7).conjugate()
print 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -1 >> 100, 5 << 62
print (12).__add__(3), (12).__sub__(3), (12).__rsub__(3), (12).__neg__()
print int.__name__, type(1), type(-1), isinstance(1, int), issubclass(bool, int)
print divmod(17, 5), divmod(-17, 5), divmod(17, -5), pow(2, 10, 1000)
print (5).__hash__(), hash(-1), hash(0), (3).__cmp__(4)
for s in ["x", "", "1.5", "12a", "0x"]:
    try:
        int(s)
    except ValueError as e:
        print e
try:
    int("9", 8)
except ValueError as e:
    print e
try:
    int([1])
except TypeError as e:
    print e
try:
    int("10", 99)
except ValueError as e:
    print e
