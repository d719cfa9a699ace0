# from x import * without __all__ imports every name not starting with underscore.
from import_star_no_all_helper import *
print alpha, beta(), "_private" in globals(), "import_star_no_all_helper" in globals()
print sorted(k for k in globals() if not k.startswith("__"))
