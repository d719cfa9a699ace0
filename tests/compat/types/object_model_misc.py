def t(label, f):
    try: print label, repr(f())
    except Exception as e: print label, type(e).__name__, e
class A(object):
    def m(self): return 1
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls): return cls.__name__
class B(A):
    def m(self): return super(B, self).m() + 1
b = B()
t('im_func', lambda: B.m.im_func.__name__)
t('im_self unbound', lambda: B.m.im_self)
t('im_class', lambda: B.m.im_class)
t('bound im_self', lambda: type(b.m.im_self).__name__)
t('__func__', lambda: b.m.__func__ is B.m.im_func)
t('__self__', lambda: b.m.__self__ is b)
t('repr unbound', lambda: repr(B.m))
t('repr bound', lambda: repr(b.m)[:30])
t('eq bound', lambda: b.m == b.m)
t('eq other', lambda: b.m == B().m)
t('hash eq', lambda: hash(b.m) == hash(b.m))
t('unbound call wrong', lambda: B.m(5))
t('unbound call none', lambda: B.m())
t('static', lambda: A.s(3))
t('staticmethod obj', lambda: A.__dict__['s'].__func__(4))
t('classmethod obj', lambda: A.__dict__['c'].__func__(A))
t('classmethod via inst', lambda: b.c())
t('staticmethod repr', lambda: repr(A.__dict__['s'])[:26])
t('sm call', lambda: A.__dict__['s'](1))
t('cm not callable', lambda: type(classmethod(5)).__name__)
t('cm call', lambda: classmethod(len).__get__(None, A)())
t('super attrs', lambda: (super(B, b).__thisclass__, type(super(B, b).__self__), super(B, b).__self_class__))
t('super repr', lambda: repr(super(B, b))[:40])
t('super unbound', lambda: repr(super(B))[:40])
t('super bad', lambda: super(B, 5))
t('super getattr missing', lambda: super(B, b).zz)
t('slice', lambda: slice(1, 10, 2).indices(5))
t('slice attrs', lambda: (slice(3).start, slice(3).stop, slice(3).step))
t('slice repr', lambda: slice(1, 'a', None))
t('slice cmp', lambda: slice(1, 2) == slice(1, 2))
t('slice lt', lambda: slice(1, 2) < slice(1, 3))
t('slice hash', lambda: hash(slice(1, 2)))
t('slice step0', lambda: slice(1, 2, 0).indices(5))
t('slice neg', lambda: slice(None, None, -1).indices(5))
t('slice big', lambda: slice(-100, 100).indices(5))
t('slice noargs', lambda: slice())
t('Ellipsis', lambda: (Ellipsis, type(Ellipsis).__name__))
t('NotImplemented', lambda: (NotImplemented, type(NotImplemented).__name__))
t('None type', lambda: type(None)())
t('NoneType repr', lambda: type(None))
t('bool ops', lambda: (True + True, True & False, True | 2, ~True, -True, True ^ True, True / 2, True // 1, True ** 2))
t('bool repr', lambda: (repr(True), str(False), bool.__name__, True.real, True.imag, True.numerator))
t('bool new', lambda: bool(x=1))
t('bool sub', lambda: type('X', (bool,), {}))
t('type attrs', lambda: (int.__name__, int.__module__, A.__module__, A.__bases__, B.__mro__, B.mro()))
t('type call', lambda: type('N', (A,), {'q': 5})().q)
t('type bad', lambda: type('N', 5, {}))
t('type 2args', lambda: type('N', ()))
t('subclasses', lambda: A.__subclasses__())
t('type name set', lambda: setattr(int, '__name__', 'x'))
t('type attr set', lambda: setattr(int, 'foo', 1))
t('type dict proxy', lambda: type(A.__dict__))
t('dictproxy keys', lambda: sorted(k for k in A.__dict__.keys() if not k.startswith('__')))
t('dictproxy setitem', lambda: A.__dict__.__setitem__('x', 1))
t('obj attr', lambda: object().x)
t('obj setattr', lambda: setattr(object(), 'x', 1))
t('object reduce', lambda: A.__name__)
t('issubclass bad', lambda: issubclass(5, int))
t('isinstance tuple', lambda: isinstance(1, (str, (int, float))))
t('module attrs', lambda: (t.__module__, type(__builtins__).__name__ if False else 0))
import sys
t('module repr', lambda: repr(sys))
t('module type', lambda: type(sys))
t('module dict', lambda: type(sys.__dict__))
t('module new', lambda: type(sys)('foo').__name__)
t('module new doc', lambda: type(sys)('foo', 'doc').__doc__)
t('module repr new', lambda: repr(type(sys)('foo')))
def outer():
    x = 5
    def inner(): return x
    return inner
t('cell', lambda: outer().func_closure[0].cell_contents)
t('cell repr', lambda: repr(outer().func_closure[0])[:10])
t('cell cmp', lambda: outer().func_closure[0] == outer().func_closure[0])
def mk_empty():
    if 0: x = 1
    def f(): return x
    return f.func_closure[0]
def mk(v):
    def f(): return v
    return f.func_closure[0]
e = mk_empty(); a = mk(1); b = mk(2)
print e == e, e < a, a < b, b > a, a == mk(1), cmp(a, b), cmp(e, mk_empty()), e != mk_empty(), a == 1, a < 1
t('empty cell', lambda: e.cell_contents)
t('set cell', lambda: setattr(a, 'cell_contents', 5))
t('hash cell', lambda: hash(a))
for T in (type(None), type(NotImplemented), type(Ellipsis)):
    t('new ' + T.__name__, T)
t('bool kw', lambda: (bool(x=0), bool(x=[1])))
t('bool bad kw', lambda: bool(y=1))
t('bool 2', lambda: bool(1, x=2))
t('descr no self', lambda: str.upper(x='a'))
t('descr kw', lambda: str.upper('a', x=1))
