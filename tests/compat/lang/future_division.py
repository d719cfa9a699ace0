# from __future__ import division: / is true division, // stays floor.
from __future__ import division
print 7 / 2, -7 / 2, 6 / 3, 7 // 2, -7 // 2, 1 / 3, 2 ** 70 / 2 ** 69, 7.0 / 2
x = 9
x /= 2
print x, type(6 / 3).__name__
