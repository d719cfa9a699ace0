# An uncaught KeyboardInterrupt prints a traceback and exits with status 1.
print "about to interrupt"
raise KeyboardInterrupt
