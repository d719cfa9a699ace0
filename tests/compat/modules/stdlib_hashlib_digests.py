# hashlib digests: known vectors, update/copy/digest/hexdigest, attributes,
# new() by name, argument errors, unicode input; the md5 and sha modules.
import hashlib
import md5
import sha


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e


ctors = [hashlib.md5, hashlib.sha1, hashlib.sha224, hashlib.sha256,
         hashlib.sha384, hashlib.sha512]
for ctor in ctors:
    h = ctor()
    print type(h).__name__, h.name, h.digest_size, h.digestsize, h.block_size
    print ' empty', h.hexdigest()
    print ' abc  ', ctor('abc').hexdigest()
    h.update('a')
    c = h.copy()
    h.update('bc')
    print ' split', h.hexdigest() == ctor('abc').hexdigest(), c.hexdigest() == ctor('a').hexdigest()
    print ' again', h.digest() == h.digest(), len(h.digest()), h.digest().encode('hex') == h.hexdigest()
    h.update('d')
    print ' more ', h.hexdigest() == ctor('abcd').hexdigest()

# A long input fed in uneven pieces.
data = ''.join([chr((i * 7919 + 13) % 256) for i in xrange(100000)])
for name in hashlib.algorithms:
    h = hashlib.new(name)
    pos, step = 0, 1
    while pos < len(data):
        h.update(data[pos:pos + step])
        pos += step
        step = step * 3 + 1
    print name, h.hexdigest() == hashlib.new(name, data).hexdigest(), h.hexdigest()[:32]
print hashlib.sha1('a' * 1000000).hexdigest()

print hashlib.algorithms
print sorted(hashlib.algorithms_guaranteed), sorted(hashlib.algorithms_available)
for name in ['md5', 'MD5', 'sha1', 'SHA1', 'sha224', 'SHA256', 'sha384', 'SHA512']:
    h = hashlib.new(name, 'x')
    print name, h.name, type(h).__name__, h.hexdigest()[:12]
print hashlib.new(name='sha256', string='abc').hexdigest()[:16]
print hashlib.sha256(string='abc').hexdigest()[:16]

attempt('new foo', hashlib.new, 'foo')
attempt('new sha3', hashlib.new, 'sha3_256')
attempt('new int name', hashlib.new, 1)
attempt('new no name', hashlib.new)
attempt('new 3 args', hashlib.new, 'md5', 'a', 'b')
attempt('md5 int', hashlib.md5, 1)
attempt('md5 None', hashlib.md5, None)
attempt('md5 2 args', hashlib.md5, 'a', 'b')
attempt('md5 kw', hashlib.md5, string='a')
attempt('sha1 bad kw', hashlib.sha1, data='a')
attempt('sha512 int', hashlib.sha512, 5)
attempt('new md5 int', hashlib.new, 'md5', 1)
h = hashlib.sha1()
attempt('update int', h.update, 1)
attempt('update none', h.update)
attempt('update two', h.update, 'a', 'b')
attempt('update kw', h.update, x=1)
attempt('digest arg', h.digest, 1)
attempt('hexdigest arg', h.hexdigest, 1)

# unicode: ascii-encodable text is hashed as its bytes.
print hashlib.md5(u'abc').hexdigest() == hashlib.md5('abc').hexdigest()
attempt('md5 non-ascii', hashlib.md5, u'caf\xe9')
h = hashlib.sha256()
h.update(u'abc')
print h.hexdigest() == hashlib.sha256('abc').hexdigest()
attempt('update non-ascii', h.update, u'\u20ac')
print hashlib.md5(bytearray('abc')).hexdigest() == hashlib.md5('abc').hexdigest()
print hashlib.sha1(buffer('xabcx', 1, 3)).hexdigest() == hashlib.sha1('abc').hexdigest()

# read-only attributes and the types
for h in [hashlib.md5(), hashlib.sha1(), hashlib.sha256(), hashlib.sha384()]:
    for attr in ['digest_size', 'name', 'block_size']:
        try:
            setattr(h, attr, 3)
            print 'set', attr
        except (AttributeError, TypeError) as e:
            print type(e).__name__, e
    try:
        h.foo = 1
    except AttributeError as e:
        print e
    try:
        type(h)()
    except TypeError as e:
        print e
print type(hashlib.md5()) is type(hashlib.new('md5')), type(hashlib.sha224()) is type(hashlib.sha256())

# the deprecated modules
print md5.new('abc').hexdigest(), md5.md5('abc').hexdigest() == md5.new('abc').hexdigest()
print md5.digest_size, md5.blocksize
print sha.new('abc').hexdigest(), sha.sha('abc').digest() == hashlib.sha1('abc').digest()
print sha.digest_size, sha.digestsize, sha.blocksize
m = md5.new()
m.update('message digest')
print m.hexdigest(), m.copy().hexdigest() == m.hexdigest()

# names given as unicode, keyword forms, positional + keyword
print hashlib.new(u'md5').hexdigest()[:8], hashlib.new(u'SHA1', 'x').hexdigest()[:8]
print hashlib.new('md5', string='a').hexdigest()[:8]
attempt('new bad kw', hashlib.new, 'md5', data='a')
attempt('new None', hashlib.new, None)
attempt('sha512 both', hashlib.sha512, 'a', string='b')
attempt('sha1 two kw', hashlib.sha1, string='a', x=1)
attempt('sha224 bad kw', hashlib.sha224, x=1)
