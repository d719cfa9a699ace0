# pytrans rejects eval() at compile time.
"""Deliberate difference: calling eval() is a compile-time error.

Cause: eval compiles and runs source text at run time; a pytrans executable
contains no Python compiler.
Workaround: parse the input yourself: int()/float() for numbers, a dict of
operator functions for expressions, or json-like parsing for literals.
"""
expr = "1 + 2"
print eval(expr)   # expect-error: 10:7: eval() is not supported
