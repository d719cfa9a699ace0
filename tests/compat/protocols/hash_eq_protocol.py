# Custom __hash__ and __eq__ decide dict/set membership.
class Key(object):
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
    def __eq__(self, o):
        return isinstance(o, Key) and self.name.lower() == o.name.lower()
    def __repr__(self):
        return "Key(%r)" % self.name
d = {}
d[Key("Abc")] = 1
d[Key("aBC")] = 2
d[Key("x")] = 3
print len(d), d[Key("ABC")], sorted(d.values())
s = set([Key("q"), Key("Q"), Key("r")])
print len(s), Key("R") in s
class NoHash(object):
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print e
class EqOnly(object):
    def __eq__(self, o):
        return True
print EqOnly() == 5, type(hash(EqOnly())).__name__
class H(object):
    def __hash__(self):
        return 2 ** 70
print hash(H()) == hash(2 ** 70)
class BadHash(object):
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print e
