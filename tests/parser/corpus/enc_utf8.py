# coding: utf-8
x = "é" + u"é\xe9\u1234\U0001F600\N{BULLET}" + w
y = ur"\u1234\n\\u1234" + u"\é"
