"""Module docstring becomes unicode too."""
from __future__ import unicode_literals
a = 'abc'
b = b'abc'
c = u'abc'
d = r'\u1234'
