# del of names, subscripts, slices, attributes, tuples of targets; errors.
a = 1
b = [0, 1, 2, 3, 4, 5]
d = {'x': 1, 'y': 2}
class O(object):
    pass
o = O()
o.attr = 1
del a
print 'a' in globals()
del b[0], b[-1]
print b
del b[1:3]
print b
del d['x']
print d
del o.attr
print hasattr(o, 'attr')
x, y = 1, 2
del (x, y)
print 'x' in globals()
for f in ["name", "key", "index", "attr"]:
    try:
        if f == "name":
            del zzz
        elif f == "key":
            del d['nope']
        elif f == "index":
            del b[99]
        else:
            del o.nope
    except Exception as e:
        print type(e).__name__, e
def local_del():
    v = 1
    del v
    return v
try:
    local_del()
except UnboundLocalError as e:
    print e
