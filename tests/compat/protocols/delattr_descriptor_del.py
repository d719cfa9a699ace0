# del on a data descriptor calls __delete__; deleting a class attribute via instance fails.
class D(object):
    def __get__(self, o, t):
        return "value"
    def __set__(self, o, v):
        pass
    def __delete__(self, o):
        print "__delete__ called"
class C(object):
    d = D()
    plain = 1
c = C()
del c.d
try:
    del c.plain
except AttributeError as e:
    print e
del C.plain
print hasattr(C, "plain")
class RO(object):
    d = property(lambda self: 1)
try:
    del RO().d
except AttributeError as e:
    print e
