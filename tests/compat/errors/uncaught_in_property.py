# Traceback through a property getter.
class Temp(object):
    def __init__(self, k):
        self.k = k
    @property
    def celsius(self):
        return self.k - 273.15 if self.k >= 0 else self.fail()
    def fail(self):
        raise ValueError("below absolute zero: %r" % self.k)
print Temp(300).celsius
print Temp(-1).celsius
