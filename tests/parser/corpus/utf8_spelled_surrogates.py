# coding: utf8
x = u"í €" + "í €"
