# re: 2.7's findall/sub/split rules around empty matches, templates, named groups, flags.
import re
print re.findall(r"x*", "axbxxc"), re.sub(r"x*", "-", "abxd"), re.split(r"x*", "axbxxc")
print re.subn(r"(a)(b)?", r"[\1|\g<1>]", "ab a"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi you", 1)
print re.split(r"(\d)", "a1b2c", 1), re.split(r"\s+", "  lead and trail  "), re.findall(r"(a)|(b)", "ab")
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "  Ada Lovelace!")
print m.group("first", "last"), m.span("last"), m.start(), m.end(1), m.groupdict(), m.lastgroup, m.lastindex
print m.expand(r"\2, \1"), m.re.pattern, m.string, m.pos, m.endpos, m.regs
p = re.compile(r"^\w+$", re.M)
print p.findall("one\ntwo words\nthree"), p.match("abc", 1), p.search("a\nb", 2).group()
print re.findall(r"(?i)[a-c]+", "xAbCy"), re.match(r"a.b", "a\nb"), re.match(r"a.b", "a\nb", re.S).group() == "a\nb"
print re.findall(r"\bfoo\b", "foo foobar barfoo foo"), re.sub(r"(?x) a  b  # comment", "!", "ab abab")
print re.escape("1+1=2?"), re.sub("a", lambda m: m.group().upper(), "banana", count=2)
print re.findall(u"\\w+", u"caf\xe9 na\xefve", re.U), re.sub(u"\xe9", u"e", u"caf\xe9")
print [m.span() for m in re.finditer(r"\d+", "a12b345c6")], re.match(r"(a)?b", "b").groups("-")
for bad in ["a)", "*a", "[abc", "(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print "error", type(e).__name__
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print "error", e
