# -*- coding: utf-8 -*-
"""Doc."""
from __future__ import division
import os, sys as system
from . import x
class A(B):
    @dec(1)
    def f(self, a, (b, c)=(1, 2), *args, **kw):
        """doc
        string"""
        x = [i for i in range(10) if i % 2]
        y = {k: v for k, v in kw.items()}
        print >>sys.stderr, "x", x,
        try:
            z = a[1:2, ...] + b[::2] - `c`
        except (ValueError, TypeError), e:
            raise
        finally:
            del x[0], y
        while not a and b or c:
            yield lambda q=1: q ** -2
        return
    g = lambda: (yield)
if x: pass
elif y: exec "code" in d
else:
    with open(f) as g, h: assert g, "m"
u"\u00e9\N{BULLET}" ur"\u1234\n"; b"\x00" r"\"" "é"
x = 0777 + 0xffL + 1.5e-3j + 10000000000000000000000 - -5
global q; q += 1
