# str methods not covered elsewhere: expandtabs, zfill, partition, rsplit, swapcase, istitle, errors.
print repr("a\tbc\td".expandtabs(4)), repr("x\r\ty\n\tz".expandtabs(3)), repr("\t".expandtabs(0))
print "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "".zfill(3), "x".center(6, "*"), "ab".center(5)
print "a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("x"), "abc".rpartition("x")
print "a b  c ".rsplit(None, 1), "a,b,c".rsplit(",", 1), "  a  b  ".split(None, 0), " x ".rsplit(None, 0)
print "Hello World".swapcase(), "hello world".title(), "they're bill's".title(), "a1b".capitalize()
print "Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "hello1".islower(), "".isspace()
print "abc123".isalnum(), "ab c".isalpha(), "0123".isdigit(), " \t\n".isspace(), "\xe9".isalpha()
print "a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True), "abcabc".find("c", 3), "abcabc".rfind("a", 0, 3)
print "abc".startswith(("x", "ab")), "abc".endswith("bc", 1), "abc".startswith("", 3), "abc".startswith("", 4)
print "aaaa".count("aa"), "abc".count(""), "abc".find("", 3), "abc".find("", 4), "abc".count("", 4)
print "hello".translate(None, "l"), "x".__getnewargs__(), "%s" % "abc".__format__(">5"), str("x") is "x"
class MyStr(str):
    pass
m = MyStr("hi")
print type(str(m)), str(m), type(m + "x"), type(m.upper()), type(m[:]), repr(m), m == "hi"
for expr, f in [
    ("'a'.count()", lambda: 'a'.count()),
    ("'a'.find(1)", lambda: 'a'.find(1)),
    ("'a'.split(',', 1, 2)", lambda: 'a'.split(',', 1, 2)),
    ("'a'.upper(1)", lambda: 'a'.upper(1)),
    ("'a'.join()", lambda: 'a'.join()),
    ("'a'.join([1])", lambda: 'a'.join([1])),
    ("'a'.ljust('x')", lambda: 'a'.ljust('x')),
    ("'a'.ljust(3, 'xy')", lambda: 'a'.ljust(3, 'xy')),
    ("'a'.strip(1)", lambda: 'a'.strip(1)),
    ("'a'.startswith(1)", lambda: 'a'.startswith(1)),
    ("'a'.translate('x')", lambda: 'a'.translate('x')),
    ("'a'.partition('')", lambda: 'a'.partition('')),
    ("'a'.rsplit('')", lambda: 'a'.rsplit('')),
    ("'a'.split(sep=',')", lambda: 'a'.split(sep=',')),
    ("'a'.index('b')", lambda: 'a'.index('b')),
    ("'a'.rindex('b')", lambda: 'a'.rindex('b')),
    ("'a' * 'b'", lambda: 'a' * 'b'),
    ("'a' + 1", lambda: 'a' + 1),
    ("1 in 'a'", lambda: 1 in 'a'),
    ("'abc'[5]", lambda: 'abc'[5]),
    ("'abc'['x']", lambda: 'abc'['x']),
    ("'%s' % ()", lambda: '%s' % ()),
    ("'a'.decode(1)", lambda: 'a'.decode(1)),
    ("'a'.encode('nope')", lambda: 'a'.encode('nope')),
    ("'\\xff'.decode('utf-8', 'bogus')", lambda: '\xff'.decode('utf-8', 'bogus')),
]:
    try:
        print expr, repr(f())
    except Exception as e:
        print expr, type(e).__name__, e
