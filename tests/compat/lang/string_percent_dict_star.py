# %-formatting with mapping keys, * widths and repeated keys.
data = {"name": "Ann", "n": 3, "score": 91.456}
print "%(name)s has %(n)d items, score %(score).1f, again %(name)r" % data
print "%(n)05d|%(n)-5d|%(score)10.2f|%(name)10s|" % data
print "%*s|%-*s|%.*f" % (6, "r", 6, "l", 2, 3.14159)
print "%s" % {"k": "v"}, "%s %s" % ((1, 2), [3]), "%%(name)s" % (), "100%%" % ()
class Lookup(object):
    def __getitem__(self, k):
        return k.upper()
print "%(abc)s %(xyz)s" % Lookup()
