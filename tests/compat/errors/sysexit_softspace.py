# sys.exit after a trailing-comma print still writes the pending newline.
import sys
print "partial",
sys.exit(4)
