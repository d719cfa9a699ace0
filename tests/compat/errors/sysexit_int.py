# sys.exit(3): silent, exit status 3, finally blocks run first.
import sys
print "exiting"
try:
    sys.exit(3)
finally:
    print "finally ran"
print "not reached"
