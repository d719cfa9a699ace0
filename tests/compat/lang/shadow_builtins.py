# Shadowing builtins at module and function level, and restoring them with del.
print len("abc")
len = lambda x: "shadowed"
print len("abc")
def uses_len():
    return len([1, 2])
print uses_len()
del len
print len("abc"), uses_len()
def local_shadow():
    max = "local max"
    return max
print local_shadow(), max(1, 2)
import __builtin__
real_abs = __builtin__.abs
__builtin__.abs = lambda x: "patched abs"
print abs(-1)
__builtin__.abs = real_abs
print abs(-1)
def param_shadow(str, list=None):
    return str * 2, list
print param_shadow(4), str(5)
