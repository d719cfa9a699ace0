# Nested classes, classes defined in functions, class attributes referencing others.
class Outer(object):
    class Inner(object):
        val = "inner"
        def who(self):
            return "Inner.who"
    ref = Inner.val
def factory(base_val):
    class Made(object):
        val = base_val
        def get(self):
            return self.val
    return Made
print Outer.Inner.val, Outer.Inner().who(), Outer.ref, Outer.Inner.__name__
M1, M2 = factory(1), factory(2)
print M1().get(), M2().get(), M1 is M2, M1.__name__
