# Class variables shared across instances until shadowed; mutation via class.
class C(object):
    n = 0
    items = []
    def bump(self):
        self.n += 1
        self.items.append(self.n)
a, b = C(), C()
a.bump(); a.bump(); b.bump()
print a.n, b.n, C.n, C.items
C.n = 100
print a.n, b.n, C().n
del a.n
print a.n
