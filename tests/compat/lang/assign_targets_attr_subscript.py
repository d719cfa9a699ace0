# Assignment to attributes, subscripts, slices and extended slices, chained targets.
class O(object):
    pass
o = O()
o.a = o.b = [0, 0, 0]
print o.a, o.a is o.b
o.a[1] = 'x'
print o.b
d = {}
d['k'] = d['j'] = 3
print sorted(d.items())
lst = range(8)
lst[1:3] = 'ab'
lst[::3] = [None] * len(lst[::3])
print lst
lst[-1], lst[0] = 'last', 'first'
print lst
i = 0
lst2 = [0, 0, 0]
i, lst2[i] = 2, 'set'
print i, lst2
