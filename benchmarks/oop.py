# Classes, instance attributes and method calls (object-heavy code).
class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Counter(object):
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1


def main():
    acc = Vec(0, 0)
    c = Counter()
    total = 0
    for i in xrange(600000):
        v = Vec(i, i + 1)
        acc = acc.add(v)
        total += acc.dot(v) % 7
        c.tick()
    print acc.x, acc.y, total, c.n

main()
