# Python 2 orders values of different types: None < numbers < others by type name.
print sorted([1, 'a', None, [], (), {}, 1.5, u'b', 2L, True, 'z'])
print None < 0, 0 < "", [] < "", "" < (), {} < [], 1 < [], 10 ** 100 < "", u"a" < "b"
print sorted([(1,), [1], "1", 1, u"1", {1: 1}, None, 1.0])
print cmp([], ()), cmp("a", u"a"), cmp(None, None), max(None, 0), min("a", 5)
print sorted([3, 2.5, 1L, True, False, -1])
