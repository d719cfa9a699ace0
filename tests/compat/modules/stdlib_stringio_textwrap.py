# StringIO/cStringIO as files, and textwrap wrapping/filling/dedent.
import StringIO
import cStringIO
import textwrap
s = StringIO.StringIO()
s.write("line1\n")
print >>s, "line2", 3
s.writelines(["a", "b\n"])
print repr(s.getvalue())
s.seek(0)
print s.readline(), s.readlines()
c = cStringIO.StringIO("x\ny\nz")
print [l for l in c], repr(c.getvalue())
text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print textwrap.wrap(text, 20)
print textwrap.fill(text, 30)
print repr(textwrap.dedent("    a\n      b\n    c")), textwrap.fill("short", 3)
