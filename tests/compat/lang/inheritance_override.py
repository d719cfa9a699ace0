# Inheritance: overriding, calling base methods explicitly, isinstance chains.
class Animal(object):
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + Animal.kind(self)
class Puppy(Dog):
    def __init__(self, name):
        Dog.__init__(self, name + " jr")
for a in [Animal("generic"), Dog("rex"), Puppy("rex")]:
    print a.speak(), "|", a.kind(), isinstance(a, Dog), type(a).__name__
print Puppy.__mro__[1].__name__, issubclass(Puppy, Animal), Dog.__bases__[0].__name__
