# RuntimeError message variants: plain, through __repr__, through a builtin, in cmp.
class R(object):
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RuntimeError as e:
    print e
def via_map(n):
    return map(via_map, [n])
try:
    via_map(0)
except RuntimeError as e:
    print e
a = []
for i in range(3000):
    a = [a]
b = []
for i in range(3000):
    b = [b]
try:
    a == b
except RuntimeError as e:
    print e
