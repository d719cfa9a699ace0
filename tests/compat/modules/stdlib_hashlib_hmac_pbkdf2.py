# hmac (RFC 2104/4231 vectors, copy, digestmod forms, compare_digest) and
# hashlib.pbkdf2_hmac (RFC 6070 vectors and its argument checks).
import hashlib
import hmac
import md5


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e


# RFC 2104 test cases (MD5) and RFC 4231 case 2 (SHA-2).
print hmac.new('\x0b' * 16, 'Hi There').hexdigest()
print hmac.new('Jefe', 'what do ya want for nothing?').hexdigest()
print hmac.new('\xaa' * 16, '\xdd' * 50).hexdigest()
for mod in [hashlib.sha224, hashlib.sha256, hashlib.sha384, hashlib.sha512]:
    print hmac.new('Jefe', 'what do ya want for nothing?', mod).hexdigest()
# A key longer than the block is hashed first.
print hmac.new('\xaa' * 131, 'Test Using Larger Than Block-Size Key - Hash Key First', hashlib.sha256).hexdigest()
print hmac.new('k', 'msg', md5).hexdigest() == hmac.new('k', 'msg').hexdigest()
print hmac.new('k', 'msg', hashlib.sha1).hexdigest()

h = hmac.new('key', digestmod=hashlib.sha1)
print h.digest_size, h.blocksize, type(h).__name__
h.update('The quick brown fox ')
c = h.copy()
h.update('jumps over the lazy dog')
print h.hexdigest()
print c.hexdigest() == hmac.new('key', 'The quick brown fox ', hashlib.sha1).hexdigest()
print h.digest() == h.digest(), len(h.digest()), h.digest().encode('hex') == h.hexdigest()
print hmac.new('k', u'text').hexdigest() == hmac.new('k', 'text').hexdigest()
print hmac.digest_size, len(hmac.trans_5C), hmac.trans_36[:4] == '6745'

attempt('int key', hmac.new, 1)
attempt('int msg', hmac.new, 'k', 1)
attempt('update int', hmac.new('k').update, 2)

for a, b in [('abc', 'abc'), ('abc', 'abd'), ('abc', 'ab'), ('', ''),
             (u'abc', u'abc'), (u'\xe9', u'\xe9'), (u'a', u'b'),
             (bytearray('ab'), 'ab'), ('ab', buffer('xab', 1))]:
    print type(a).__name__, type(b).__name__, hmac.compare_digest(a, b)
attempt('cmp int', hmac.compare_digest, 1, 1)
attempt('cmp str/unicode', hmac.compare_digest, 'a', u'a')
attempt('cmp str/int', hmac.compare_digest, 'a', 1)

# RFC 6070 (PBKDF2-HMAC-SHA1)
print hashlib.pbkdf2_hmac('sha1', 'password', 'salt', 1).encode('hex')
print hashlib.pbkdf2_hmac('sha1', 'password', 'salt', 2).encode('hex')
print hashlib.pbkdf2_hmac('sha1', 'password', 'salt', 4096).encode('hex')
print hashlib.pbkdf2_hmac('sha1', 'passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).encode('hex')
print hashlib.pbkdf2_hmac('sha1', 'pass\0word', 'sa\0lt', 4096, 16).encode('hex')
print hashlib.pbkdf2_hmac('sha256', 'pw', 'salt', 1000).encode('hex')
print hashlib.pbkdf2_hmac('sha512', 'pw', 'salt', 3, 100).encode('hex')
print hashlib.pbkdf2_hmac('md5', u'pw', bytearray('salt'), 2, 7).encode('hex')
print hashlib.pbkdf2_hmac('SHA256', 'pw', 'salt', 1, 1).encode('hex')
attempt('iter 0', hashlib.pbkdf2_hmac, 'sha1', 'pw', 'salt', 0)
attempt('dklen 0', hashlib.pbkdf2_hmac, 'sha1', 'pw', 'salt', 1, 0)
attempt('bad name', hashlib.pbkdf2_hmac, 'foo', 'pw', 'salt', 1)
attempt('unicode name', hashlib.pbkdf2_hmac, u'sha1', 'pw', 'salt', 1)
attempt('int password', hashlib.pbkdf2_hmac, 'sha1', 1, 'salt', 1)
attempt('float iter', hashlib.pbkdf2_hmac, 'sha1', 'pw', 'salt', 2.0)
attempt('float dklen', hashlib.pbkdf2_hmac, 'sha1', 'pw', 'salt', 1, 1.5)
