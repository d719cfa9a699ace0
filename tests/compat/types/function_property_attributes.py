class C(object):
    def __init__(self): self._x = 1
    def getx(self):
        "the x"
        return self._x
    def setx(self, v): self._x = v
    def delx(self): print 'del'; del self._x
    x = property(getx, setx, delx)
    @property
    def y(self):
        "doc of y"
        return 2
    @y.setter
    def y(self, v): print 'set y', v
    @y.deleter
    def y(self): print 'deleting y'
c = C()
print c.x, C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__, C.x.__doc__
c.x = 5; print c.x
del c.x
try: c.x
except AttributeError as e: print 'AE', e
print c.y; c.y = 3; del c.y
print C.y.__doc__
p = property()
print p.fget, p.fset, p.fdel, p.__doc__
try: c2 = C(); C.z = p; c2.z
except AttributeError as e: print 'AE', e
try: c2.z = 1
except AttributeError as e: print 'AE', e
try: del c2.z
except AttributeError as e: print 'AE', e
q = p.getter(lambda s: 7)
print q.fget(None), q is p
try: C.x.fget = None
except (AttributeError, TypeError) as e: print type(e).__name__, e
class D(C):
    @C.y.getter
    def y(self): return 'D.y'
print D().y
def f(a, b=2):
    "f doc"
    return a
print f.func_doc, f.__doc__, f.func_name, f.__name__, f.func_defaults, f.__defaults__
f.func_dict['k'] = 1
print f.k, f.__dict__, f.func_dict is f.__dict__
f.func_name = 'g'
print f.__name__, repr(f)[:11]
f.__doc__ = 'new'
print f.func_doc
f.func_defaults = (10,)
print f(1), f.func_defaults
print f.__module__, f.func_globals is globals(), f.func_closure
try: f.func_name = 1
except TypeError as e: print 'TE', e
try: del f.func_name
except TypeError as e: print 'TE', e
f.__dict__ = {'z': 3}
print f.z
try: f.__dict__ = 1
except TypeError as e: print 'TE', e
def gen():
    yield 1
g = gen()
print g.gi_code.co_name, g.gi_running, g.gi_frame is not None, g.__name__
list(g)
print g.gi_frame
p = property(lambda s: 1)
for n in ['fget','fset','fdel','__doc__','zz']:
    try: setattr(p, n, None); print n, 'ok'
    except Exception as e: print n, type(e).__name__, e
    try: delattr(p, n); print n, 'ok'
    except Exception as e: print n, type(e).__name__, e
class P(property): pass
q = P(lambda s: 1)
q.zz = 5; print q.zz
def h(a=1):
    "doc"
    return a
def attempt(label, fn):
    try:
        fn()
        print label, 'ok'
    except Exception as e:
        print label, type(e).__name__, e
def set_(name, value): return lambda: setattr(h, name, value)
def del_(name): return lambda: delattr(h, name)
attempt('del name', del_('func_name'))
attempt('del doc', del_('__doc__')); print h.__doc__
attempt('del module', del_('__module__')); print h.__module__
attempt('del defaults', del_('func_defaults')); print h.func_defaults
attempt('defaults int', set_('func_defaults', 1))
attempt('defaults list', set_('__defaults__', [1]))
attempt('del dict', del_('__dict__'))
attempt('globals', set_('func_globals', {}))
attempt('closure', set_('func_closure', None))
attempt('del globals', del_('__globals__'))
attempt('code int', set_('func_code', 1))
attempt('del code', del_('__code__'))
attempt('own code', set_('func_code', h.func_code))
attempt('del missing', del_('nope'))
attempt('module int', set_('__module__', 5)); print h.__module__
h.func_defaults = (4,)
print h(), h.__defaults__
