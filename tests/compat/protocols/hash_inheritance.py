# __hash__ inheritance: defining __eq__ in 2.7 keeps the inherited hash; __hash__ = None blocks it.
class Base(object):
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return self.k == o.k
class Sub(Base):
    def __eq__(self, o):
        return True
print hash(Sub(5)) == hash(5), len(set([Base(1), Base(1), Base(2)]))
class Unhashable(Base):
    __hash__ = None
try:
    {Unhashable(1): 1}
except TypeError as e:
    print e
class ListSub(list):
    pass
try:
    hash(ListSub())
except TypeError as e:
    print e
class HashableList(list):
    def __hash__(self):
        return 7
print hash(HashableList([1])), {HashableList(): "ok"}.values()
