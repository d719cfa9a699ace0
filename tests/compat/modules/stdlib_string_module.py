# The string module: constants, Template, Formatter and legacy functions.
import string
print string.lowercase, string.uppercase, string.octdigits, repr(string.whitespace), len(string.printable)
t = string.Template("$who likes ${what}s, $$5")
print t.substitute(who="Tim", what="apple"), t.safe_substitute(who="Ann")
try:
    t.substitute(who="x")
except KeyError as e:
    print "KeyError", e
print string.Formatter().format("{0}-{x}", 1, x=2), string.atoi("42"), string.atof("1.5"), string.zfill("7", 3)
print string.split("a b c"), string.replace("aaa", "a", "b", 2), string.strip("  x "), string.find("abc", "c")
print string.ljust("a", 3) + "|", string.rjust("a", 3), string.center("a", 5, "*"), string.swapcase("aB")
