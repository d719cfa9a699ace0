# -*- coding: utf-8 -*-
print "A utf-8 source: str literals hold bytes, unicode literals hold code points."
s = 'é'
u = u'é'
print len(s), repr(s), len(u), repr(u)
print repr('日本'), len('日本'), repr(u'日本'), len(u'日本')
print s, u'caf\xe9'.encode('utf-8')
