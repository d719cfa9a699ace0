# Module-level dunders: __name__, __doc__, __builtins__ access.
"module docstring"
print __name__, __doc__, type(__builtins__).__name__ in ("module", "dict")
print __file__
if __name__ == "__main__":
    print "running as main"
print sorted(k for k in globals() if k.startswith("__"))
