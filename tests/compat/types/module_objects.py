import sys, types
M = type(sys)
def t(label, f):
    try: print label, repr(f())
    except Exception as e: print label, type(e).__name__, e
t('new', lambda: M('foo').__name__)
t('doc', lambda: M('foo', 'doc').__doc__)
t('nodoc', lambda: M('foo').__doc__)
t('repr', lambda: repr(M('foo')))
t('noargs', lambda: M())
t('int', lambda: M(5))
t('many', lambda: M('a', 'b', 'c'))
t('kw', lambda: M(name='z').__name__)
m = M('bar')
m.x = 1
m.__name__ = 'baz'
t('renamed repr', lambda: repr(m))
t('x', lambda: m.x)
t('missing', lambda: m.y)
t('del missing', lambda: delattr(m, 'y'))
class Lazy(types.ModuleType):
    def __getattr__(self, name):
        return 'lazy ' + name
lz = Lazy('lz')
t('lazy', lambda: lz.anything)
t('lazy repr', lambda: repr(lz))
t('lazy isinstance', lambda: isinstance(lz, types.ModuleType))
sys.modules['lz'] = lz
import lz as lz2
t('import lazy', lambda: lz2.thing)
