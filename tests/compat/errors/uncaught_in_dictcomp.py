# A dict comprehension runs in its own <dictcomp> frame.
keys = ["a", "b"]
table = {"a": 1}
print {k: table[k] for k in keys}
