# __getattribute__ delegating to object.__getattribute__; attributes of the class vs instance.
class Logged(object):
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print "lookup", name
        return object.__getattribute__(self, name)
    def method(self):
        return self.inst
l = Logged()
print l.cls_attr, l.inst
print l.method()
try:
    l.missing
except AttributeError as e:
    print e
