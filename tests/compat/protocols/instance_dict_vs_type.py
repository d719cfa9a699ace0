# New-style special methods are looked up on the type, not the instance.
class A(object):
    def __len__(self):
        return 1
a = A()
a.__len__ = lambda: 99
print len(a), a.__len__()
class B(object):
    pass
b = B()
b.__str__ = lambda: "instance str"
print str(b) == "instance str"
A.__len__ = lambda self: 5
print len(a)
class C(object):
    pass
C.__add__ = lambda self, o: "added"
print C() + 1
