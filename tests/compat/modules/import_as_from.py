# import x as y, from x import a, b as c, and rebinding does not affect the module.
import import_as_from_helper as h
from import_as_from_helper import square, VALUE as V
from import_as_from_helper import (cube,
                                   VALUE)
print h.square(3), square(4), cube(2), V, VALUE, h.__name__
V = 100
print h.VALUE, V
h.VALUE = 7
print h.VALUE, VALUE, h.get_value()
import import_as_from_helper
print import_as_from_helper is h
