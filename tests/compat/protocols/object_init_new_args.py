# object.__new__ / object.__init__ and extra arguments: which combination of
# overridden __new__ / __init__ accepts them (2.7 rules).
class Neither(object):
    pass
class InitOnly(object):
    def __init__(self, x):
        self.x = x
class NewOnly(object):
    def __new__(cls, x):
        return object.__new__(cls)
class Both(object):
    def __new__(cls, x):
        return object.__new__(cls)
    def __init__(self, x):
        object.__init__(self)
class BothPass(object):
    def __new__(cls, x):
        return object.__new__(cls, x)
    def __init__(self, x):
        object.__init__(self, x)
for cls in [Neither, InitOnly, NewOnly, Both, BothPass]:
    try:
        o = cls(1)
        print cls.__name__, "ok"
    except TypeError as e:
        print cls.__name__, e
class InitReturns(object):
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print e
class NewReturnsOther(object):
    def __new__(cls):
        return 42
    def __init__(self):
        print "never"
print NewReturnsOther()
