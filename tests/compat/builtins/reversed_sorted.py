# reversed() and sorted() on sequences and with custom __reversed__/__len__.
print list(reversed(range(5))), list(reversed((1, 2))), list(reversed("ab")), list(reversed(xrange(1, 10, 3)))
class Seq(object):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Rev(object):
    def __reversed__(self):
        return iter("zyx")
print list(reversed(Seq())), list(Rev().__reversed__()), list(reversed(Rev()))
print sorted("hello"), sorted([3, 1, 2], reverse=True), sorted({3: 'c', 1: 'a'}.items()), sorted(set([5, 3, 9]))
for f in [lambda: reversed(iter([1])), lambda: reversed(5), lambda: sorted(5)]:
    try:
        f()
    except TypeError as e:
        print e
