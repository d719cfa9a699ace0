# hashlib digests, base64 encodings and zlib round trips.
import hashlib
import base64
import zlib
for name in ["md5", "sha1", "sha256", "sha512"]:
    h = hashlib.new(name, "hello")
    print name, h.hexdigest(), h.digest_size
m = hashlib.md5()
m.update("a")
m.update("b")
print m.hexdigest() == hashlib.md5("ab").hexdigest(), hashlib.sha1("").hexdigest()
print base64.b64encode("hello world"), base64.b64decode("aGk="), base64.urlsafe_b64encode("\xfb\xff"), base64.b32encode("ab"), base64.b16encode("\x01\xab")
data = "abc" * 1000
comp = zlib.compress(data)
print len(data), zlib.decompress(comp) == data, zlib.crc32("hello"), zlib.adler32("hello")
try:
    base64.b64decode("abc")
except TypeError as e:
    print "TypeError", e
