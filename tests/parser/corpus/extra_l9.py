#!/usr/bin/python
# -*- coding: iso-8859-15 -*-
x = u"€" + "€"
