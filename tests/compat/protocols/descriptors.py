# Data and non-data descriptors: __get__/__set__/__delete__ and precedence.
class Data(object):
    def __get__(self, obj, typ):
        return "data get %s" % (obj is None)
    def __set__(self, obj, v):
        print "data set", v
    def __delete__(self, obj):
        print "data delete"
class NonData(object):
    def __get__(self, obj, typ):
        return "nondata get"
class A(object):
    d = Data()
    n = NonData()
a = A()
print a.d, A.d, a.n, A.n
a.d = 5
a.__dict__['d'] = 'instance'
print a.d
a.n = 'shadow'
print a.n
del a.d
del a.n
print a.n
class Meth(object):
    def f(self):
        return 1
print Meth.__dict__['f'].__get__(Meth(), Meth)(), type(Meth.f).__name__, type(Meth().f).__name__
