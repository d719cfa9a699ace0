m = memoryview('abcdef')
print m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.format, m.readonly, len(m)
print m[1:3].tobytes(), m.tolist(), m[2], m[-1], m[::2] if False else ''
print m == 'abcdef', m == memoryview('abcdef'), m != 'x'
try: m[0] = 'z'
except TypeError as e: print 'TE', e
ba = bytearray('hello')
mb = memoryview(ba)
print mb.readonly
mb[0] = 'j'
print ba
mb[1:3] = 'EL'
print ba
try: mb[0] = 'ab'
except (ValueError, TypeError) as e: print type(e).__name__, e
try: mb[9]
except IndexError as e: print 'IE', e
try: hash(m)
except TypeError as e: print 'TE', e
try: memoryview(5)
except TypeError as e: print 'TE', e
try: memoryview(u'abc')
except TypeError as e: print 'TE', e
print str(m).startswith('<memory at 0x'), bytes(m) == str(m), list(m)
try: del mb[0]
except TypeError as e: print 'TE', e
print type(m).__name__, type(m[0]).__name__
b = buffer('hello world', 6)
print b, len(b), b[0], b[1:3], repr(str(b)), b == 'world', hash(b) == hash('world')
b2 = buffer('hello world', 2, 3)
print b2, len(b2), b2 + 'x', b2 * 2
try: b2[0] = 'x'
except TypeError as e: print 'TE', e
try: buffer(5)
except TypeError as e: print 'TE', e
try: buffer('abc', -1)
except ValueError as e: print 'VE', e
print buffer(u'ab') == buffer(u'ab'), len(buffer(u'ab')), type(b).__name__
print buffer(bytearray('xyz'))[1]
print 'a%sb' % buffer('zz'), str(buffer('abc', 1, 1))
with memoryview('abc') as mm:
    print mm.tobytes()
