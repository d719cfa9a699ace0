# repr() of every single byte value, and of strings mixing quotes.
print [chr(i) for i in range(256)]
print repr("'"), repr('"'), repr("'\""), repr("\\'"), repr("a'b\"c")
