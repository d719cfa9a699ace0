# dict() and dict.update take **kwargs with any keys (2.7 passes the dict through);
# other callees reject non-string keywords. Slot wrapper argument counts.
print dict(**{1: 2}), sorted(dict(a=1, **{'b': 2}).items())
d = {}; d.update(**{1: 2}); print d
def f(**kw): return kw
try: f(**{1: 2})
except TypeError as e: print e
class C(object):
    def __init__(self, **kw): self.kw = kw
try: C(**{1: 2})
except TypeError as e: print e
print int.__add__(1, 2)
try: int.__add__(1)
except TypeError as e: print repr(str(e))
try: (1).__add__()
except TypeError as e: print repr(str(e))
try: [].__len__(1)
except TypeError as e: print repr(str(e))
try: 'a'.__getitem__()
except TypeError as e: print repr(str(e))
try: object.__init__(1, 2)
except TypeError as e: print repr(str(e))
d = dict([(1, 'a')], **{2: 'b', 'c': 3})
print sorted(d.items())
d.update([(5, 6)], **{(1, 2): 'tuple key'})
print sorted(d.items())
class D(dict): pass
print type(D(**{1: 2})).__name__ if False else sorted(dict(D(x=1), **{9: 9}).items())
