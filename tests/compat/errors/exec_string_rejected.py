# pytrans rejects exec of a string variable at compile time.
"""Deliberate difference: `exec` of a string is a compile-time error.

Cause: pytrans compiles the whole program ahead of time into C++; there is no
Python compiler or interpreter in the executable to run source text built at
run time.
Workaround: write the code directly, or pick among functions with a dict
(`handlers[name](args)`), or getattr/setattr for dynamic attribute names.
"""
src = "x = 1"
exec src   # expect-error: 11:1: exec of a string is not supported
print x
