# __int__, __long__, __float__, __complex__, __oct__, __hex__, __trunc__ conversions.
class N(object):
    def __int__(self):
        return 7
    def __long__(self):
        return 8L
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __trunc__(self):
        return 9
n = N()
print int(n), long(n), float(n), complex(n)
class T(object):
    def __trunc__(self):
        return 11
print int(T())
class Bad(object):
    def __int__(self):
        return "x"
    def __float__(self):
        return 1
for f in [lambda: int(Bad()), lambda: float(Bad()), lambda: float(object())]:
    try:
        f()
    except TypeError as e:
        print e
