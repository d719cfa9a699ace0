# sys.exit() with no argument: status 0.
import sys
print "bye"
sys.exit()
