# compat: module
import sys
try:
    raise ValueError("inner")
except ValueError:
    caught = repr(sys.exc_info()[1])
