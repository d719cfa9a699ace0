# intern(), id() comparisons (never printing ids), and identity of interned strings.
a = intern("hello world!")
b = intern("hello " + "world!")
print a is b, id(a) == id(b), type(id(a)) in (int, long)
l = [1]
print id(l) == id(l), id(l) == id([1])
try:
    intern(u"x")
except TypeError as e:
    print e
