# Custom exception classes: args, attributes, __str__, hierarchy and catching.
class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, code, msg):
        Exception.__init__(self, code, msg)
        self.code = code
    def __str__(self):
        return "DB error %d: %s" % (self.code, self.args[1])
try:
    raise DBError(42, "no table")
except AppError as e:
    print type(e).__name__, e, e.code, e.args, repr(e)
class Plain(Exception):
    def __init__(self, x):
        self.x = x
p = Plain(5)
print p.args, str(p), repr(p), p.x
e = AppError()
print repr(str(e)), e.args, repr(e)
print str(AppError("one")), str(AppError("a", "b")), repr(AppError("a", "b")), AppError(1).message
print AppError.__name__, AppError.__module__, [c.__name__ for c in DBError.__mro__]
