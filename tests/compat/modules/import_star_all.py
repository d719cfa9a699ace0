# from x import * honours __all__ (including names starting with underscore).
from import_star_all_helper import *
print public, _listed_private
for name in ["not_listed", "_hidden"]:
    print name, name in globals()
