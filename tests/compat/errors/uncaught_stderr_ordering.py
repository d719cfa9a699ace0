# Direct stderr writes come before the traceback; stdout is captured separately.
import sys
print "out 1"
sys.stderr.write("err 1\n")
print >>sys.stderr, "err 2"
print "out 2"
[][0]
