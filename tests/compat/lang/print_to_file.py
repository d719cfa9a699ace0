# print >> file-like objects: write calls, softspace attribute, >>None and sys.stderr.
import sys
class W(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print >>w, 'a', 1
print >>w, 'b'
print >>w, 'c',
print w.parts, w.softspace
print >>w
print w.parts, w.softspace
print >>None, "to stdout via None"
print >>sys.stderr, "to stderr", 42
print >>sys.stdout, "explicit stdout"
class NoWrite(object):
    pass
try:
    print >>NoWrite(), "x"
except AttributeError as e:
    print e
