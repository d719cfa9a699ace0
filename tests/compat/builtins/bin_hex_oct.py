# bin, hex and oct of ints and longs, including negatives and the L suffix.
for v in [0, 1, 5, -5, 255, -255, 8, -8, 2 ** 40, 10 ** 20, 5L, -(2 ** 70)]:
    print v, bin(v), hex(v), oct(v)
class I(object):
    def __index__(self):
        return 10
    def __hex__(self):
        return "HEX"
    def __oct__(self):
        return "OCT"
print bin(I()), hex(I()), oct(I())
for f in [lambda: bin(1.5), lambda: hex(1.5), lambda: oct("7")]:
    try:
        f()
    except TypeError as e:
        print e
