# coding: utf-8
x = u"í €" + u"íŸ¿"
