# compat: module
print "a: start"
A_EARLY = "early"
import circular_imports_b
b_sees_a = circular_imports_b.SEEN
A_DONE = "a done"
def a_func():
    return "a_func"
print "a: end"
