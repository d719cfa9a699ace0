# -*- coding: latin-1 -*-
x = "é\xe9"
y = u"é"
z = r"é" + w
