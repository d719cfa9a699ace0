# str replace, translate, maketrans, encode/decode, format-free misc methods.
import string
print "aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y")
t = string.maketrans("abc", "xyz")
print "aabbcc".translate(t), "hello".translate(None, "l"), "abc".translate(t, "b")
print len(t), repr(t[97:100])
print "caf\xc3\xa9".decode("utf-8") == u"caf\xe9", u"caf\xe9".encode("utf-8") == "caf\xc3\xa9"
print repr("abc".encode("hex")), repr("616263".decode("hex")), repr("hi".encode("base64"))
print "ab".__add__("cd"), "ab".__mul__(3), "ab".__len__(), "ab".__getitem__(1)
print string.ascii_letters, string.digits, string.punctuation, string.hexdigits
print string.capwords("hello   big world")
