# __getattr__ on a metaclass handles missing class attributes.
class Meta(type):
    def __getattr__(cls, name):
        return "meta provides %s.%s" % (cls.__name__, name)
class A(object):
    __metaclass__ = Meta
    real = 1
print A.real, A.virtual
try:
    A().virtual
except AttributeError as e:
    print e
