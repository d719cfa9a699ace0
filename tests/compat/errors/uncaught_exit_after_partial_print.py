# An uncaught exception after a trailing-comma print: the pending newline is written.
print "partial",
raise RuntimeError("stop")
