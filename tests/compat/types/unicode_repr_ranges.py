# repr() of unicode code points across ranges, surrogates and astral characters.
print repr(u"".join(unichr(i) for i in range(0, 0x200, 3)))
print repr(u"\u1234\uabcd\uffff\U00010000\U0010ffff\ud800\udfff")
print [u"\u20ac"], (u"\U0001f600",), {u"k\xe9": u"v"}
print len(u"\U0001f600"), repr(u"\U0001f600"[0]), repr(u"\ud83d\ude00"), len(u"\ud83d\ude00")
