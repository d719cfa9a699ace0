# A 2,000-line module (generated once): a stress case for C++ compile time and correctness.

class C1(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k1": x}]
    def value(self):
        try:
            return self.items[2]["k1"] * 2
        except KeyError as e:
            return -1

def g2(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h3(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 3)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f4(a, b=4, *rest):
    total = 0
    for k in range(a):
        if k % 6 == 0:
            total += k * b
        elif k > 4:
            total -= 1
        else:
            continue
    return total + len(rest)

class C5(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k5": x}]
    def value(self):
        try:
            return self.items[2]["k5"] * 2
        except KeyError as e:
            return -1

def g6(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h7(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 7)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f8(a, b=1, *rest):
    total = 0
    for k in range(a):
        if k % 5 == 0:
            total += k * b
        elif k > 8:
            total -= 1
        else:
            continue
    return total + len(rest)

class C9(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k9": x}]
    def value(self):
        try:
            return self.items[2]["k9"] * 2
        except KeyError as e:
            return -1

def g10(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h11(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 11)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f12(a, b=5, *rest):
    total = 0
    for k in range(a):
        if k % 4 == 0:
            total += k * b
        elif k > 1:
            total -= 1
        else:
            continue
    return total + len(rest)

class C13(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k13": x}]
    def value(self):
        try:
            return self.items[2]["k13"] * 2
        except KeyError as e:
            return -1

def g14(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h15(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 15)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f16(a, b=2, *rest):
    total = 0
    for k in range(a):
        if k % 3 == 0:
            total += k * b
        elif k > 5:
            total -= 1
        else:
            continue
    return total + len(rest)

class C17(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k17": x}]
    def value(self):
        try:
            return self.items[2]["k17"] * 2
        except KeyError as e:
            return -1

def g18(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h19(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 19)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f20(a, b=6, *rest):
    total = 0
    for k in range(a):
        if k % 2 == 0:
            total += k * b
        elif k > 9:
            total -= 1
        else:
            continue
    return total + len(rest)

class C21(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k21": x}]
    def value(self):
        try:
            return self.items[2]["k21"] * 2
        except KeyError as e:
            return -1

def g22(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h23(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 23)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f24(a, b=3, *rest):
    total = 0
    for k in range(a):
        if k % 6 == 0:
            total += k * b
        elif k > 2:
            total -= 1
        else:
            continue
    return total + len(rest)

class C25(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k25": x}]
    def value(self):
        try:
            return self.items[2]["k25"] * 2
        except KeyError as e:
            return -1

def g26(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h27(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 27)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f28(a, b=0, *rest):
    total = 0
    for k in range(a):
        if k % 5 == 0:
            total += k * b
        elif k > 6:
            total -= 1
        else:
            continue
    return total + len(rest)

class C29(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k29": x}]
    def value(self):
        try:
            return self.items[2]["k29"] * 2
        except KeyError as e:
            return -1

def g30(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h31(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 31)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f32(a, b=4, *rest):
    total = 0
    for k in range(a):
        if k % 4 == 0:
            total += k * b
        elif k > 10:
            total -= 1
        else:
            continue
    return total + len(rest)

class C33(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k33": x}]
    def value(self):
        try:
            return self.items[2]["k33"] * 2
        except KeyError as e:
            return -1

def g34(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h35(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 35)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f36(a, b=1, *rest):
    total = 0
    for k in range(a):
        if k % 3 == 0:
            total += k * b
        elif k > 3:
            total -= 1
        else:
            continue
    return total + len(rest)

class C37(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k37": x}]
    def value(self):
        try:
            return self.items[2]["k37"] * 2
        except KeyError as e:
            return -1

def g38(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h39(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 39)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f40(a, b=5, *rest):
    total = 0
    for k in range(a):
        if k % 2 == 0:
            total += k * b
        elif k > 7:
            total -= 1
        else:
            continue
    return total + len(rest)

class C41(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k41": x}]
    def value(self):
        try:
            return self.items[2]["k41"] * 2
        except KeyError as e:
            return -1

def g42(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h43(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 43)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f44(a, b=2, *rest):
    total = 0
    for k in range(a):
        if k % 6 == 0:
            total += k * b
        elif k > 0:
            total -= 1
        else:
            continue
    return total + len(rest)

class C45(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k45": x}]
    def value(self):
        try:
            return self.items[2]["k45"] * 2
        except KeyError as e:
            return -1

def g46(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h47(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 47)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f48(a, b=6, *rest):
    total = 0
    for k in range(a):
        if k % 5 == 0:
            total += k * b
        elif k > 4:
            total -= 1
        else:
            continue
    return total + len(rest)

class C49(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k49": x}]
    def value(self):
        try:
            return self.items[2]["k49"] * 2
        except KeyError as e:
            return -1

def g50(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h51(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 51)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f52(a, b=3, *rest):
    total = 0
    for k in range(a):
        if k % 4 == 0:
            total += k * b
        elif k > 8:
            total -= 1
        else:
            continue
    return total + len(rest)

class C53(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k53": x}]
    def value(self):
        try:
            return self.items[2]["k53"] * 2
        except KeyError as e:
            return -1

def g54(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h55(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 55)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f56(a, b=0, *rest):
    total = 0
    for k in range(a):
        if k % 3 == 0:
            total += k * b
        elif k > 1:
            total -= 1
        else:
            continue
    return total + len(rest)

class C57(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k57": x}]
    def value(self):
        try:
            return self.items[2]["k57"] * 2
        except KeyError as e:
            return -1

def g58(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h59(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 59)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f60(a, b=4, *rest):
    total = 0
    for k in range(a):
        if k % 2 == 0:
            total += k * b
        elif k > 5:
            total -= 1
        else:
            continue
    return total + len(rest)

class C61(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k61": x}]
    def value(self):
        try:
            return self.items[2]["k61"] * 2
        except KeyError as e:
            return -1

def g62(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h63(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 63)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f64(a, b=1, *rest):
    total = 0
    for k in range(a):
        if k % 6 == 0:
            total += k * b
        elif k > 9:
            total -= 1
        else:
            continue
    return total + len(rest)

class C65(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k65": x}]
    def value(self):
        try:
            return self.items[2]["k65"] * 2
        except KeyError as e:
            return -1

def g66(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h67(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 67)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f68(a, b=5, *rest):
    total = 0
    for k in range(a):
        if k % 5 == 0:
            total += k * b
        elif k > 2:
            total -= 1
        else:
            continue
    return total + len(rest)

class C69(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k69": x}]
    def value(self):
        try:
            return self.items[2]["k69"] * 2
        except KeyError as e:
            return -1

def g70(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h71(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 71)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f72(a, b=2, *rest):
    total = 0
    for k in range(a):
        if k % 4 == 0:
            total += k * b
        elif k > 6:
            total -= 1
        else:
            continue
    return total + len(rest)

class C73(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k73": x}]
    def value(self):
        try:
            return self.items[2]["k73"] * 2
        except KeyError as e:
            return -1

def g74(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h75(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 75)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f76(a, b=6, *rest):
    total = 0
    for k in range(a):
        if k % 3 == 0:
            total += k * b
        elif k > 10:
            total -= 1
        else:
            continue
    return total + len(rest)

class C77(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k77": x}]
    def value(self):
        try:
            return self.items[2]["k77"] * 2
        except KeyError as e:
            return -1

def g78(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h79(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 79)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f80(a, b=3, *rest):
    total = 0
    for k in range(a):
        if k % 2 == 0:
            total += k * b
        elif k > 3:
            total -= 1
        else:
            continue
    return total + len(rest)

class C81(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k81": x}]
    def value(self):
        try:
            return self.items[2]["k81"] * 2
        except KeyError as e:
            return -1

def g82(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h83(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 83)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f84(a, b=0, *rest):
    total = 0
    for k in range(a):
        if k % 6 == 0:
            total += k * b
        elif k > 7:
            total -= 1
        else:
            continue
    return total + len(rest)

class C85(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k85": x}]
    def value(self):
        try:
            return self.items[2]["k85"] * 2
        except KeyError as e:
            return -1

def g86(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h87(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 87)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f88(a, b=4, *rest):
    total = 0
    for k in range(a):
        if k % 5 == 0:
            total += k * b
        elif k > 0:
            total -= 1
        else:
            continue
    return total + len(rest)

class C89(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k89": x}]
    def value(self):
        try:
            return self.items[2]["k89"] * 2
        except KeyError as e:
            return -1

def g90(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h91(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 91)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f92(a, b=1, *rest):
    total = 0
    for k in range(a):
        if k % 4 == 0:
            total += k * b
        elif k > 4:
            total -= 1
        else:
            continue
    return total + len(rest)

class C93(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k93": x}]
    def value(self):
        try:
            return self.items[2]["k93"] * 2
        except KeyError as e:
            return -1

def g94(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h95(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 95)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f96(a, b=5, *rest):
    total = 0
    for k in range(a):
        if k % 3 == 0:
            total += k * b
        elif k > 8:
            total -= 1
        else:
            continue
    return total + len(rest)

class C97(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k97": x}]
    def value(self):
        try:
            return self.items[2]["k97"] * 2
        except KeyError as e:
            return -1

def g98(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h99(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 99)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f100(a, b=2, *rest):
    total = 0
    for k in range(a):
        if k % 2 == 0:
            total += k * b
        elif k > 1:
            total -= 1
        else:
            continue
    return total + len(rest)

class C101(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k101": x}]
    def value(self):
        try:
            return self.items[2]["k101"] * 2
        except KeyError as e:
            return -1

def g102(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h103(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 103)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f104(a, b=6, *rest):
    total = 0
    for k in range(a):
        if k % 6 == 0:
            total += k * b
        elif k > 5:
            total -= 1
        else:
            continue
    return total + len(rest)

class C105(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k105": x}]
    def value(self):
        try:
            return self.items[2]["k105"] * 2
        except KeyError as e:
            return -1

def g106(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h107(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 107)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f108(a, b=3, *rest):
    total = 0
    for k in range(a):
        if k % 5 == 0:
            total += k * b
        elif k > 9:
            total -= 1
        else:
            continue
    return total + len(rest)

class C109(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k109": x}]
    def value(self):
        try:
            return self.items[2]["k109"] * 2
        except KeyError as e:
            return -1

def g110(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h111(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 111)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f112(a, b=0, *rest):
    total = 0
    for k in range(a):
        if k % 4 == 0:
            total += k * b
        elif k > 2:
            total -= 1
        else:
            continue
    return total + len(rest)

class C113(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k113": x}]
    def value(self):
        try:
            return self.items[2]["k113"] * 2
        except KeyError as e:
            return -1

def g114(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h115(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 115)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f116(a, b=4, *rest):
    total = 0
    for k in range(a):
        if k % 3 == 0:
            total += k * b
        elif k > 6:
            total -= 1
        else:
            continue
    return total + len(rest)

class C117(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k117": x}]
    def value(self):
        try:
            return self.items[2]["k117"] * 2
        except KeyError as e:
            return -1

def g118(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h119(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 119)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f120(a, b=1, *rest):
    total = 0
    for k in range(a):
        if k % 2 == 0:
            total += k * b
        elif k > 10:
            total -= 1
        else:
            continue
    return total + len(rest)

class C121(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k121": x}]
    def value(self):
        try:
            return self.items[2]["k121"] * 2
        except KeyError as e:
            return -1

def g122(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h123(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 123)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f124(a, b=5, *rest):
    total = 0
    for k in range(a):
        if k % 6 == 0:
            total += k * b
        elif k > 3:
            total -= 1
        else:
            continue
    return total + len(rest)

class C125(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k125": x}]
    def value(self):
        try:
            return self.items[2]["k125"] * 2
        except KeyError as e:
            return -1

def g126(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h127(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 127)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f128(a, b=2, *rest):
    total = 0
    for k in range(a):
        if k % 5 == 0:
            total += k * b
        elif k > 7:
            total -= 1
        else:
            continue
    return total + len(rest)

class C129(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k129": x}]
    def value(self):
        try:
            return self.items[2]["k129"] * 2
        except KeyError as e:
            return -1

def g130(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h131(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 131)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f132(a, b=6, *rest):
    total = 0
    for k in range(a):
        if k % 4 == 0:
            total += k * b
        elif k > 0:
            total -= 1
        else:
            continue
    return total + len(rest)

class C133(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k133": x}]
    def value(self):
        try:
            return self.items[2]["k133"] * 2
        except KeyError as e:
            return -1

def g134(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h135(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 135)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f136(a, b=3, *rest):
    total = 0
    for k in range(a):
        if k % 3 == 0:
            total += k * b
        elif k > 4:
            total -= 1
        else:
            continue
    return total + len(rest)

class C137(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k137": x}]
    def value(self):
        try:
            return self.items[2]["k137"] * 2
        except KeyError as e:
            return -1

def g138(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h139(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 139)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f140(a, b=0, *rest):
    total = 0
    for k in range(a):
        if k % 2 == 0:
            total += k * b
        elif k > 8:
            total -= 1
        else:
            continue
    return total + len(rest)

class C141(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k141": x}]
    def value(self):
        try:
            return self.items[2]["k141"] * 2
        except KeyError as e:
            return -1

def g142(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h143(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 143)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f144(a, b=4, *rest):
    total = 0
    for k in range(a):
        if k % 6 == 0:
            total += k * b
        elif k > 1:
            total -= 1
        else:
            continue
    return total + len(rest)

class C145(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k145": x}]
    def value(self):
        try:
            return self.items[2]["k145"] * 2
        except KeyError as e:
            return -1

def g146(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h147(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 147)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f148(a, b=1, *rest):
    total = 0
    for k in range(a):
        if k % 5 == 0:
            total += k * b
        elif k > 5:
            total -= 1
        else:
            continue
    return total + len(rest)

class C149(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k149": x}]
    def value(self):
        try:
            return self.items[2]["k149"] * 2
        except KeyError as e:
            return -1

def g150(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h151(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 151)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f152(a, b=5, *rest):
    total = 0
    for k in range(a):
        if k % 4 == 0:
            total += k * b
        elif k > 9:
            total -= 1
        else:
            continue
    return total + len(rest)

class C153(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k153": x}]
    def value(self):
        try:
            return self.items[2]["k153"] * 2
        except KeyError as e:
            return -1

def g154(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h155(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 155)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f156(a, b=2, *rest):
    total = 0
    for k in range(a):
        if k % 3 == 0:
            total += k * b
        elif k > 2:
            total -= 1
        else:
            continue
    return total + len(rest)

class C157(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k157": x}]
    def value(self):
        try:
            return self.items[2]["k157"] * 2
        except KeyError as e:
            return -1

def g158(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h159(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 159)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f160(a, b=6, *rest):
    total = 0
    for k in range(a):
        if k % 2 == 0:
            total += k * b
        elif k > 6:
            total -= 1
        else:
            continue
    return total + len(rest)

class C161(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k161": x}]
    def value(self):
        try:
            return self.items[2]["k161"] * 2
        except KeyError as e:
            return -1

def g162(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h163(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 163)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f164(a, b=3, *rest):
    total = 0
    for k in range(a):
        if k % 6 == 0:
            total += k * b
        elif k > 10:
            total -= 1
        else:
            continue
    return total + len(rest)

class C165(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k165": x}]
    def value(self):
        try:
            return self.items[2]["k165"] * 2
        except KeyError as e:
            return -1

def g166(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h167(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 167)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f168(a, b=0, *rest):
    total = 0
    for k in range(a):
        if k % 5 == 0:
            total += k * b
        elif k > 3:
            total -= 1
        else:
            continue
    return total + len(rest)

class C169(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k169": x}]
    def value(self):
        try:
            return self.items[2]["k169"] * 2
        except KeyError as e:
            return -1

def g170(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h171(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 171)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f172(a, b=4, *rest):
    total = 0
    for k in range(a):
        if k % 4 == 0:
            total += k * b
        elif k > 7:
            total -= 1
        else:
            continue
    return total + len(rest)

class C173(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k173": x}]
    def value(self):
        try:
            return self.items[2]["k173"] * 2
        except KeyError as e:
            return -1

def g174(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h175(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 175)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f176(a, b=1, *rest):
    total = 0
    for k in range(a):
        if k % 3 == 0:
            total += k * b
        elif k > 0:
            total -= 1
        else:
            continue
    return total + len(rest)

class C177(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k177": x}]
    def value(self):
        try:
            return self.items[2]["k177"] * 2
        except KeyError as e:
            return -1

def g178(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h179(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 179)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f180(a, b=5, *rest):
    total = 0
    for k in range(a):
        if k % 2 == 0:
            total += k * b
        elif k > 4:
            total -= 1
        else:
            continue
    return total + len(rest)

class C181(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k181": x}]
    def value(self):
        try:
            return self.items[2]["k181"] * 2
        except KeyError as e:
            return -1

def g182(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h183(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 183)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f184(a, b=2, *rest):
    total = 0
    for k in range(a):
        if k % 6 == 0:
            total += k * b
        elif k > 8:
            total -= 1
        else:
            continue
    return total + len(rest)

class C185(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k185": x}]
    def value(self):
        try:
            return self.items[2]["k185"] * 2
        except KeyError as e:
            return -1

def g186(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h187(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 187)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f188(a, b=6, *rest):
    total = 0
    for k in range(a):
        if k % 5 == 0:
            total += k * b
        elif k > 1:
            total -= 1
        else:
            continue
    return total + len(rest)

class C189(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k189": x}]
    def value(self):
        try:
            return self.items[2]["k189"] * 2
        except KeyError as e:
            return -1

def g190(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h191(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 191)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f192(a, b=3, *rest):
    total = 0
    for k in range(a):
        if k % 4 == 0:
            total += k * b
        elif k > 5:
            total -= 1
        else:
            continue
    return total + len(rest)

class C193(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k193": x}]
    def value(self):
        try:
            return self.items[2]["k193"] * 2
        except KeyError as e:
            return -1

def g194(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h195(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 195)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f196(a, b=0, *rest):
    total = 0
    for k in range(a):
        if k % 3 == 0:
            total += k * b
        elif k > 9:
            total -= 1
        else:
            continue
    return total + len(rest)

class C197(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k197": x}]
    def value(self):
        try:
            return self.items[2]["k197"] * 2
        except KeyError as e:
            return -1

def g198(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h199(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 199)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f200(a, b=4, *rest):
    total = 0
    for k in range(a):
        if k % 2 == 0:
            total += k * b
        elif k > 2:
            total -= 1
        else:
            continue
    return total + len(rest)

class C201(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k201": x}]
    def value(self):
        try:
            return self.items[2]["k201"] * 2
        except KeyError as e:
            return -1

def g202(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h203(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 203)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f204(a, b=1, *rest):
    total = 0
    for k in range(a):
        if k % 6 == 0:
            total += k * b
        elif k > 6:
            total -= 1
        else:
            continue
    return total + len(rest)

class C205(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k205": x}]
    def value(self):
        try:
            return self.items[2]["k205"] * 2
        except KeyError as e:
            return -1

def g206(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h207(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 207)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f208(a, b=5, *rest):
    total = 0
    for k in range(a):
        if k % 5 == 0:
            total += k * b
        elif k > 10:
            total -= 1
        else:
            continue
    return total + len(rest)

class C209(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k209": x}]
    def value(self):
        try:
            return self.items[2]["k209"] * 2
        except KeyError as e:
            return -1

def g210(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h211(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 211)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f212(a, b=2, *rest):
    total = 0
    for k in range(a):
        if k % 4 == 0:
            total += k * b
        elif k > 3:
            total -= 1
        else:
            continue
    return total + len(rest)

class C213(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k213": x}]
    def value(self):
        try:
            return self.items[2]["k213"] * 2
        except KeyError as e:
            return -1

def g214(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h215(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 215)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f216(a, b=6, *rest):
    total = 0
    for k in range(a):
        if k % 3 == 0:
            total += k * b
        elif k > 7:
            total -= 1
        else:
            continue
    return total + len(rest)

class C217(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k217": x}]
    def value(self):
        try:
            return self.items[2]["k217"] * 2
        except KeyError as e:
            return -1

def g218(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h219(n):
    x = [j * j for j in range(n) if j % 2]
    y = (lambda q: q + 219)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f220(a, b=3, *rest):
    total = 0
    for k in range(a):
        if k % 2 == 0:
            total += k * b
        elif k > 0:
            total -= 1
        else:
            continue
    return total + len(rest)

class C221(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k221": x}]
    def value(self):
        try:
            return self.items[2]["k221"] * 2
        except KeyError as e:
            return -1

def g222(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h223(n):
    x = [j * j for j in range(n) if j % 3]
    y = (lambda q: q + 223)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f224(a, b=0, *rest):
    total = 0
    for k in range(a):
        if k % 6 == 0:
            total += k * b
        elif k > 4:
            total -= 1
        else:
            continue
    return total + len(rest)

class C225(object):
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1, {"k225": x}]
    def value(self):
        try:
            return self.items[2]["k225"] * 2
        except KeyError as e:
            return -1

def g226(s):
    words = s.split()
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3], "%s-%d" % (s[:3], len(words))

def h227(n):
    x = [j * j for j in range(n) if j % 4]
    y = (lambda q: q + 227)(n)
    while n > 0:
        n -= 4
    return sum(x) + y if x else y

def f228(a, b=4, *rest):
    total = 0
    for k in range(a):
        if k % 5 == 0:
            total += k * b
        elif k > 8:
            total -= 1
        else:
            continue
    return total + len(rest)

acc = 0
acc += C1(1).value()
acc += g2("a b a c 2")[0][0][1]
acc += h3(3)
acc += f4(4, 3, 1, 2)
acc += C5(5).value()
acc += g6("a b a c 6")[0][0][1]
acc += h7(7)
acc += f8(8, 3, 1, 2)
acc += C9(9).value()
acc += g10("a b a c 10")[0][0][1]
acc += h11(2)
acc += f12(12, 3, 1, 2)
acc += C13(13).value()
acc += g14("a b a c 14")[0][0][1]
acc += h15(6)
acc += f16(3, 3, 1, 2)
acc += C17(17).value()
acc += g18("a b a c 18")[0][0][1]
acc += h19(1)
acc += f20(7, 3, 1, 2)
acc += C21(21).value()
acc += g22("a b a c 22")[0][0][1]
acc += h23(5)
acc += f24(11, 3, 1, 2)
acc += C25(25).value()
acc += g26("a b a c 26")[0][0][1]
acc += h27(0)
acc += f28(2, 3, 1, 2)
acc += C29(29).value()
acc += g30("a b a c 30")[0][0][1]
acc += h31(4)
acc += f32(6, 3, 1, 2)
acc += C33(33).value()
acc += g34("a b a c 34")[0][0][1]
acc += h35(8)
acc += f36(10, 3, 1, 2)
acc += C37(37).value()
acc += g38("a b a c 38")[0][0][1]
acc += h39(3)
acc += f40(1, 3, 1, 2)
acc += C41(41).value()
acc += g42("a b a c 42")[0][0][1]
acc += h43(7)
acc += f44(5, 3, 1, 2)
acc += C45(45).value()
acc += g46("a b a c 46")[0][0][1]
acc += h47(2)
acc += f48(9, 3, 1, 2)
acc += C49(49).value()
acc += g50("a b a c 50")[0][0][1]
acc += h51(6)
acc += f52(0, 3, 1, 2)
acc += C53(53).value()
acc += g54("a b a c 54")[0][0][1]
acc += h55(1)
acc += f56(4, 3, 1, 2)
acc += C57(57).value()
acc += g58("a b a c 58")[0][0][1]
acc += h59(5)
acc += f60(8, 3, 1, 2)
acc += C61(61).value()
acc += g62("a b a c 62")[0][0][1]
acc += h63(0)
acc += f64(12, 3, 1, 2)
acc += C65(65).value()
acc += g66("a b a c 66")[0][0][1]
acc += h67(4)
acc += f68(3, 3, 1, 2)
acc += C69(69).value()
acc += g70("a b a c 70")[0][0][1]
acc += h71(8)
acc += f72(7, 3, 1, 2)
acc += C73(73).value()
acc += g74("a b a c 74")[0][0][1]
acc += h75(3)
acc += f76(11, 3, 1, 2)
acc += C77(77).value()
acc += g78("a b a c 78")[0][0][1]
acc += h79(7)
acc += f80(2, 3, 1, 2)
acc += C81(81).value()
acc += g82("a b a c 82")[0][0][1]
acc += h83(2)
acc += f84(6, 3, 1, 2)
acc += C85(85).value()
acc += g86("a b a c 86")[0][0][1]
acc += h87(6)
acc += f88(10, 3, 1, 2)
acc += C89(89).value()
acc += g90("a b a c 90")[0][0][1]
acc += h91(1)
acc += f92(1, 3, 1, 2)
acc += C93(93).value()
acc += g94("a b a c 94")[0][0][1]
acc += h95(5)
acc += f96(5, 3, 1, 2)
acc += C97(97).value()
acc += g98("a b a c 98")[0][0][1]
acc += h99(0)
acc += f100(9, 3, 1, 2)
acc += C101(101).value()
acc += g102("a b a c 102")[0][0][1]
acc += h103(4)
acc += f104(0, 3, 1, 2)
acc += C105(105).value()
acc += g106("a b a c 106")[0][0][1]
acc += h107(8)
acc += f108(4, 3, 1, 2)
acc += C109(109).value()
acc += g110("a b a c 110")[0][0][1]
acc += h111(3)
acc += f112(8, 3, 1, 2)
acc += C113(113).value()
acc += g114("a b a c 114")[0][0][1]
acc += h115(7)
acc += f116(12, 3, 1, 2)
acc += C117(117).value()
acc += g118("a b a c 118")[0][0][1]
acc += h119(2)
acc += f120(3, 3, 1, 2)
acc += C121(121).value()
acc += g122("a b a c 122")[0][0][1]
acc += h123(6)
acc += f124(7, 3, 1, 2)
acc += C125(125).value()
acc += g126("a b a c 126")[0][0][1]
acc += h127(1)
acc += f128(11, 3, 1, 2)
acc += C129(129).value()
acc += g130("a b a c 130")[0][0][1]
acc += h131(5)
acc += f132(2, 3, 1, 2)
acc += C133(133).value()
acc += g134("a b a c 134")[0][0][1]
acc += h135(0)
acc += f136(6, 3, 1, 2)
acc += C137(137).value()
acc += g138("a b a c 138")[0][0][1]
acc += h139(4)
acc += f140(10, 3, 1, 2)
acc += C141(141).value()
acc += g142("a b a c 142")[0][0][1]
acc += h143(8)
acc += f144(1, 3, 1, 2)
acc += C145(145).value()
acc += g146("a b a c 146")[0][0][1]
acc += h147(3)
acc += f148(5, 3, 1, 2)
acc += C149(149).value()
acc += g150("a b a c 150")[0][0][1]
acc += h151(7)
acc += f152(9, 3, 1, 2)
acc += C153(153).value()
acc += g154("a b a c 154")[0][0][1]
acc += h155(2)
acc += f156(0, 3, 1, 2)
acc += C157(157).value()
acc += g158("a b a c 158")[0][0][1]
acc += h159(6)
acc += f160(4, 3, 1, 2)
acc += C161(161).value()
acc += g162("a b a c 162")[0][0][1]
acc += h163(1)
acc += f164(8, 3, 1, 2)
acc += C165(165).value()
acc += g166("a b a c 166")[0][0][1]
acc += h167(5)
acc += f168(12, 3, 1, 2)
acc += C169(169).value()
acc += g170("a b a c 170")[0][0][1]
acc += h171(0)
acc += f172(3, 3, 1, 2)
acc += C173(173).value()
acc += g174("a b a c 174")[0][0][1]
acc += h175(4)
acc += f176(7, 3, 1, 2)
acc += C177(177).value()
acc += g178("a b a c 178")[0][0][1]
acc += h179(8)
acc += f180(11, 3, 1, 2)
acc += C181(181).value()
acc += g182("a b a c 182")[0][0][1]
acc += h183(3)
acc += f184(2, 3, 1, 2)
acc += C185(185).value()
acc += g186("a b a c 186")[0][0][1]
acc += h187(7)
acc += f188(6, 3, 1, 2)
acc += C189(189).value()
acc += g190("a b a c 190")[0][0][1]
acc += h191(2)
acc += f192(10, 3, 1, 2)
acc += C193(193).value()
acc += g194("a b a c 194")[0][0][1]
acc += h195(6)
acc += f196(1, 3, 1, 2)
acc += C197(197).value()
acc += g198("a b a c 198")[0][0][1]
acc += h199(1)
acc += f200(5, 3, 1, 2)
acc += C201(201).value()
acc += g202("a b a c 202")[0][0][1]
acc += h203(5)
acc += f204(9, 3, 1, 2)
acc += C205(205).value()
acc += g206("a b a c 206")[0][0][1]
acc += h207(0)
acc += f208(0, 3, 1, 2)
acc += C209(209).value()
acc += g210("a b a c 210")[0][0][1]
acc += h211(4)
acc += f212(4, 3, 1, 2)
acc += C213(213).value()
acc += g214("a b a c 214")[0][0][1]
acc += h215(8)
acc += f216(8, 3, 1, 2)
acc += C217(217).value()
acc += g218("a b a c 218")[0][0][1]
acc += h219(3)
acc += f220(12, 3, 1, 2)
acc += C221(221).value()
acc += g222("a b a c 222")[0][0][1]
acc += h223(7)
acc += f224(3, 3, 1, 2)
acc += C225(225).value()
acc += g226("a b a c 226")[0][0][1]
acc += h227(2)
acc += f228(7, 3, 1, 2)
print acc
