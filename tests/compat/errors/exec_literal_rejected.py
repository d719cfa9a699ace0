# pytrans rejects exec of a string literal, even a constant one.
"""Deliberate difference: `exec "..."` is a compile-time error, even for a literal.

Cause: pytrans has no run-time compiler; treating literals specially would make
the rule depend on how the string was produced.
Workaround: write the statement itself instead of a string holding it.
"""
exec "print 'hello'"   # expect-error: 8:1: exec of a string is not supported
