import sys
vals = [0, 1, -1, 7, 255, -255, 10**20, -10**20, 0.0, -0.0, 1.5, -2.25, 1e16, 1.23456789e-7, 3.14159, float('inf'), float('-inf'), float('nan'), 1e100, 123456789.125, True, 2.5+1j, 'ab', u'\xe9x', None]
specs = ['', 'd', 'x', 'X', 'o', 'b', 'c', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 's', 'r' , '10', '<10', '>10', '^10', '=10', '+', '-', ' ', '#x', '#o', '#b', '010', ',', '10,.2f', '.3', '.0', '.0e', '+.3g', '#.0f', '#g', '*^12.4', '0<8', 'x<+#8x', '.2%', ',d', '_d', '08.3e', '-^+#030,.10g']
for v in vals:
    row = []
    for s in specs:
        try: row.append(format(v, s))
        except Exception as e: row.append('%s:%s' % (type(e).__name__, e))
    print repr(v), row
fmts = ['%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%#o', '%e', '%E', '%f', '%F', '%g', '%G', '%c', '%r', '%s', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.3d', '%.2f', '%10.3e', '%-10.2g|', '%#g', '%#.3g', '%.0f', '%%', '%.1s', '%*d', '%-*.*f']
for v in vals:
    row = []
    for f in fmts:
        try:
            if '*' in f:
                row.append(f % ((5, v) if f.count('*') == 1 else (8, 2, v)))
            else:
                row.append(f % (v,))
        except Exception as e: row.append('%s:%s' % (type(e).__name__, e))
    print repr(v), row
d = {'a': 1, 'b': 2.5}
print '%(a)s %(b).2f %(a)05d' % d
for bad in ['%(a', '%z', '%', '%.*f', '%(a)s %s']:
    try: print bad % d
    except Exception as e: print bad, type(e).__name__, e
try: print '%s %s' % (1,)
except Exception as e: print type(e).__name__, e
try: print '%s' % (1, 2)
except Exception as e: print type(e).__name__, e
print '{0} {1!r} {x:>5} {y[1]} {z.real}'.format('a', 'b', x=3, y=[0, 9], z=3j)
print '{:{}}|{:^{w}}|'.format(1, 5, 'c', w=7)
for bad in ['{', '}', '{0!z}', '{a}', '{0[}', '{0:x}', '{1}', '{:d}{0}']:
    try: print bad.format('s')
    except Exception as e: print bad, type(e).__name__, e
class MI(int): pass
class MF(float): pass
class ML(long): pass
class MS(str): pass
class MC(complex): pass
for v in [MI(1), MF(1.0), ML(1), MS('a'), MC(1j), True, 1j]:
    for s in ['s', 'q', 'd', '', '>6', u'^7', u'']:
        try: print repr(format(v, s)),
        except Exception as e: print e, '|',
    print
class I:
    def __int__(self): return 66
    def __float__(self): return 1.25
class N(object):
    def __int__(self): return 67
class Bad:
    pass
for v in [I(), N(), Bad(), 65.7, 65L, 2**70, None, 2j, -1, 256, 'ab', u'x', True]:
    for f in ['%c', u'%c', '%d', '%x', '%e', '%i']:
        try: print repr(f % (v,)),
        except Exception as e: print type(e).__name__, e, '|',
    print
class T:
    def __trunc__(self): return 7
class B: pass
print int(T()), long(T())
for f in (int, long, float, hex, oct):
    try: f(B())
    except Exception as e: print e
