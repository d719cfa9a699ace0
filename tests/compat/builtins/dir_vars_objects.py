# dir() of modules, classes (new and old style) and instances; vars(obj); __import__.
import sys
class A(object):
    x = 1
    def f(self):
        pass
class B(A):
    y = 2
class O:
    z = 3
    def g(self):
        pass
b = B()
b.inst = 5
o = O()
o.w = 6
print [n for n in dir(B) if not n.startswith('__')], [n for n in dir(b) if not n.startswith('__')]
print dir(O), dir(o)
print 'path' in dir(sys), 'argv' in dir(sys), sorted(vars(b).items()), vars(o)
class D(object):
    def __dir__(self):
        return ['b', 'a']
print dir(D())
m = __import__('sys')
print m is sys, __import__('os.path').__name__
try:
    vars(1)
except TypeError as e:
    print e
print coerce(1, 2L), coerce(1.5, 2), intern('ab') is intern('a' + 'b')
