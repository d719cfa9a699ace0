# -*- coding: koi8-r -*-
x = "И\xe9"
y = u"И" + w
