# pytrans rejects `exec code in namespace` at compile time.
"""Deliberate difference: `exec src in ns` is a compile-time error.

Cause: the string would have to be compiled at run time, and pytrans has no
compiler in the executable.
Workaround: store values in the dict directly (`ns['x'] = 1`) or call a
function that fills it.
"""
ns = {}
exec "x = 1" in ns   # expect-error: 10:1: exec of a string is not supported
print ns["x"]
