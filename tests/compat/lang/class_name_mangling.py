# Private name mangling of __names in class bodies.
class A(object):
    __secret = 1
    def __init__(self):
        self.__x = "private"
        self.__y__ = "dunder not mangled"
    def get(self):
        return self.__x, self.__secret
    def __hidden(self):
        return "hidden"
    def call(self):
        return self.__hidden()
a = A()
print a.get(), a.call(), a._A__x, A._A__secret, a.__y__
print sorted(k for k in vars(a))
try:
    a.__x
except AttributeError as e:
    print e
class B(A):
    def get_b(self):
        try:
            return self.__x
        except AttributeError as e:
            return str(e)
print B().get_b()
class _Under(object):
    def __init__(self):
        self.__v = 1
print vars(_Under())
