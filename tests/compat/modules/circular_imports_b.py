# compat: module
print "b: start"
import circular_imports_a
SEEN = (circular_imports_a.A_EARLY, hasattr(circular_imports_a, "A_DONE"))
B_VALUE = "b value"
def call_a():
    return circular_imports_a.a_func()
print "b: end"
