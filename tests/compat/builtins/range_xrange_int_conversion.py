# range()/xrange() arguments: __int__ is honoured (not __index__ alone),
# floats are refused, the end/start/step order of errors, longs past 64 bits.
class J(object):
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
class I(object):
    def __index__(self):
        return 3
class FL(float):
    pass
def t(label, f):
    try:
        print label, repr(f())
    except Exception as e:
        print label, type(e).__name__, e
t("xrange(J(3))", lambda: xrange(J(3)))
t("range(J(1), J(4))", lambda: range(J(1), J(4)))
t("xrange(I())", lambda: xrange(I()))
t("range(I())", lambda: range(I()))
t("range(0, 5, I())", lambda: range(0, 5, I()))
t("xrange(J('x'))", lambda: xrange(J("x")))
t("range(J('x'))", lambda: range(J("x")))
t("xrange(J(2**64))", lambda: xrange(J(2 ** 64)))
t("range(J(2**64))", lambda: range(J(2 ** 64)))
t("range(J(2**64), 10)", lambda: range(J(2 ** 64), 10))
t("xrange(FL(2))", lambda: xrange(FL(2.0)))
t("range(FL(2))", lambda: range(FL(2.0)))
t("range(1.0, 2)", lambda: range(1.0, 2))
t("range(1, 2.0)", lambda: range(1, 2.0))
t("range(2**64, 1.0)", lambda: range(2 ** 64, 1.0))
t("range(1.0, 2**64)", lambda: range(1.0, 2 ** 64))
t("range(2**64, 2**64+1, 1.0)", lambda: range(2 ** 64, 2 ** 64 + 1, 1.0))
t("range(-2**63, 10)", lambda: range(-2 ** 63, 10))
t("xrange(-2**63, 5)", lambda: xrange(-2 ** 63, 5))
t("range(2**63-2, 2**63+1)", lambda: range(2 ** 63 - 2, 2 ** 63 + 1))
t("range(5L)", lambda: range(5L))
t("range(0, -5, -2**63)", lambda: range(0, -5, -2 ** 63))
t("range()", lambda: range())
t("range(1, 2, 3, 4)", lambda: range(1, 2, 3, 4))
t("xrange()", lambda: xrange())
t("chr(J(65))", lambda: chr(J(65)))
t("chr(2**64)", lambda: chr(2 ** 64))
t("chr(65.0)", lambda: chr(65.0))
t("unichr(2**31)", lambda: unichr(2 ** 31))
t("unichr(J(97))", lambda: unichr(J(97)))
