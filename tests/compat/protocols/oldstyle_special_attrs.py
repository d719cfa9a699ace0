def t(label, f):
    try: print label, repr(f())
    except Exception as e: print label, type(e).__name__, e
class O:
    x = 1
class P(O): pass
class Z:
    y = 2
t('bases int', lambda: setattr(P, '__bases__', 5))
t('bases items', lambda: setattr(P, '__bases__', (int,)))
t('bases cycle', lambda: setattr(O, '__bases__', (P,)))
t('bases self', lambda: setattr(O, '__bases__', (O,)))
t('bases ok', lambda: (setattr(P, '__bases__', (Z,)), P.y, P.__bases__ == (Z,)))
t('bases x gone', lambda: P.x)
t('del bases', lambda: delattr(P, '__bases__'))
t('name int', lambda: setattr(P, '__name__', 5))
t('name nul', lambda: setattr(P, '__name__', 'a\0b'))
t('name ok', lambda: (setattr(P, '__name__', 'PP'), P.__name__, repr(P)[:17], repr(P())[:20]))
t('del name', lambda: delattr(P, '__name__'))
t('dict int', lambda: setattr(P, '__dict__', 5))
t('dict ok', lambda: (setattr(P, '__dict__', {'q': 9}), P.q, P.y))
t('del dict', lambda: delattr(P, '__dict__'))
t('del missing', lambda: delattr(P, 'nope'))
p = P()
t('inst class', lambda: setattr(p, '__class__', 5))
t('inst class ok', lambda: (setattr(p, '__class__', O), p.x))
t('inst dict', lambda: setattr(p, '__dict__', 5))
t('inst dict ok', lambda: (setattr(p, '__dict__', {'w': 1}), p.w))
t('inst del dict', lambda: delattr(p, '__dict__'))
t('inst del missing', lambda: delattr(p, 'nope'))
