# pytrans rejects eval() even on a constant string.
"""Deliberate difference: eval('...') is a compile-time error, even for a literal.

Cause: eval needs a run-time compiler, which a pytrans executable does not have.
Workaround: write the expression itself instead of a string holding it.
"""
value = eval('1')   # expect-error: 7:9: eval() is not supported
print value
