# Shapes with areas and perimeters: polymorphism, sorting by computed keys, float output.
import math
class Shape(object):
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in sorted(vars(self).items())))
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
class Blob(Shape):
    pass
shapes = [Circle(1), Rect(2, 3.5), Square(2), Circle(0.5), Rect(1, 1)]
for s in sorted(shapes, key=lambda s: s.area()):
    print s, s.area(), repr(s.perimeter()), "%.2f" % s.area()
print sum(s.area() for s in shapes), max(shapes, key=lambda s: s.perimeter())
try:
    Blob().area()
except NotImplementedError as e:
    print "NotImplementedError:", e
print [type(s).__name__ for s in shapes if isinstance(s, Rect)]
