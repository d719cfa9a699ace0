# A typed-attribute descriptor storing values in the instance dict.
class Typed(object):
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value
class Person(object):
    name = Typed("name", str)
    age = Typed("age", int)
p = Person()
print p.name, p.age
p.name = "Ann"
p.age = 30
print p.name, p.age, sorted(p.__dict__.items()), type(Person.name).__name__
try:
    p.age = "old"
except TypeError as e:
    print e
