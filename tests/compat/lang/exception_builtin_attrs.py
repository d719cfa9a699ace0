# Builtin exception attributes and str/repr forms.
print str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(KeyError("k"))
e = IOError(2, "No such file or directory", "/x")
print e, e.errno, e.strerror, e.filename, e.args
print IOError(2, "msg"), IOError("just one"), OSError(1, "perm")
u = UnicodeDecodeError("ascii", "\xff", 0, 1, "bad")
print u, u.start, u.end, u.reason, u.encoding
s = SyntaxError("msg", ("f.py", 3, 4, "src"))
print s, s.lineno, s.offset, s.filename, s.text, s.msg
print repr(StopIteration()), str(ValueError(u"uni")), ValueError("x") == ValueError("x")
try:
    {}["q"]
except LookupError as e:
    print type(e).__name__, e.args
print [c.__name__ for c in ZeroDivisionError.__mro__]
print [c.__name__ for c in KeyboardInterrupt.__mro__], [c.__name__ for c in UnicodeEncodeError.__mro__]
print SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code
