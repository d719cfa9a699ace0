# re module basics: match, search, findall, sub, groups, split, flags.
import re
m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com trailing")
print m.group(0), m.group(1), m.groups(), m.span(), m.start(2), m.end()
print re.search(r"\d+", "abc 123 def 45").group(), re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2")
print re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.subn("a", "b", "aaa")
print re.split(r"[,;]\s*", "a, b;c,   d"), re.split(r"(,)", "a,b"), re.match("x", "abc"), re.search("^b", "abc")
p = re.compile(r"(?P<key>\w+)=(?P<val>\w*)", re.I)
print [mm.groupdict() for mm in p.finditer("a=1 B=two c=")], p.pattern, p.groups
print re.findall(r"(?i)ab", "AB ab aB"), re.escape("a.b*c"), re.match(r"a|b", "b").group()
print re.sub(r"\d", lambda mo: str(int(mo.group()) * 2), "a1b2c3"), re.findall(r"a*?", "aa")[:3]
print re.match(r"^(\d{3})-(\d{4})$", "555-1234").groups(), bool(re.match(r"\bfoo\b", "foo bar"))
try:
    re.compile("(unclosed")
except re.error as e:
    print "re.error", e
